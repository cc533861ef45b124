import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../../shared/domain/scenario';
import type { Evaluation } from '../../../../shared/evaluation/evaluate';
import { SAMPLED_SWEEP_MAX_CELLS, sampledWeightSweep } from '../../../../shared/evaluation/sampled-sweep';
import { weightSweeps } from '../../../../shared/evaluation/sensitivity';
import { LEGEND_ROW, legendRows } from '../../charts/legend';
import { SensitivityChart } from '../../charts/SensitivityChart';
import { sweepOption } from '../../charts/sweep-option';
import { ANALYSED_MAX, ranked } from '../results/ranked';
import { useSensitivityT } from './i18n';
import './sensitivity.css';

const criterionName = (evaluation: Evaluation, benchmark: string): string =>
  evaluation.criteria.find((c) => c.benchmark === benchmark)?.name ?? benchmark;

/** The note shown for each reason a sweep is refused (keys under "sweep."). */
const REFUSALS = {
  'not-additive': 'notAdditive',
  incomplete: 'incomplete',
  'too-few': 'tooFew',
  'too-large': 'tooLarge',
  unrankable: 'unrankable',
} as const;

/** Lines drawn at most: the best models (more lines than colours would not be read). */
const SWEEP_DRAWN = 10;

interface Props {
  evaluation: Evaluation;
  /** The scenario evaluated: with it, methods other than WSM are swept by sampling (shared/evaluation/sampled-sweep.ts). */
  scenario?: Scenario;
  /** In the report: the criterion drawn, no control. */
  printed?: string;
}

/**
 * The weight sweep of one criterion (chosen on screen; given in the report): every drawn model's composite as that
 * weight goes 0 → 1, the crossings, the weight now and the stable range of the stability table, with the sentence
 * that says how to read it. Exact lines for WSM over a complete matrix (as the stability table); for the other methods,
 * given the scenario, the composites at sample weights with the crossings found by bisection (up to
 * SAMPLED_SWEEP_MAX_CELLS candidates × criteria).
 */
export function WeightSweepChart({ evaluation, scenario, printed }: Props) {
  const t = useSensitivityT();
  const { t: tr } = useTranslation();
  const selectId = useId();
  const criteria = evaluation.criteria.filter((c) => c.used);
  const heaviest = [...criteria].sort((a, b) => b.weight - a.weight)[0]?.benchmark ?? '';
  const [chosen, setChosen] = useState(heaviest);
  const benchmark = printed ?? (criteria.some((c) => c.benchmark === chosen) ? chosen : heaviest);
  const tooMany = evaluation.alternatives.length > ANALYSED_MAX;
  const name = criterionName(evaluation, benchmark);
  const drawn = useMemo(
    () => ranked(evaluation, SWEEP_DRAWN).map((a) => ({ model: a.model, name: a.name })),
    [evaluation],
  );
  const result = useMemo(() => {
    if (tooMany || !benchmark) return null;
    if (evaluation.contributionsAvailable || !scenario) return weightSweeps(evaluation, [benchmark]);
    const swept = sampledWeightSweep(
      scenario,
      evaluation,
      benchmark,
      drawn.map((d) => d.model),
    );
    return swept.ok ? { ok: true as const, criteria: [swept.sweep] } : swept;
  }, [tooMany, scenario, evaluation, benchmark, drawn]);
  const sweep = result?.ok ? result.criteria[0] : null;
  const label = t('sweep.label', { criterion: name });
  const option = useMemo(
    () =>
      sweep &&
      sweepOption(
        sweep,
        drawn,
        {
          axis: t('sweep.axis', { criterion: name }),
          composite: t('sweep.composite'),
          crossings: t('sweep.crossings'),
          now: (value) => t('sweep.now', { value }),
          lower: (value) => t('sweep.lower', { value }),
          upper: (value) => t('sweep.upper', { value }),
          description: label,
        },
        !printed,
      ),
    [sweep, drawn, t, name, label, printed],
  );
  const Heading = printed ? 'h3' : 'h2';
  return (
    <section className="sensitivity weight-sweep" aria-label={label}>
      <Heading>{printed ? name : t('sweep.title')}</Heading>
      {!printed && criteria.length > 0 && (
        <div className="weights-controls">
          <label htmlFor={selectId}>{t('sweep.criterion')}</label>
          <select id={selectId} value={benchmark} onChange={(e) => setChosen(e.target.value)}>
            {criteria.map((c) => (
              <option key={c.benchmark} value={c.benchmark}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {tooMany ? (
        <p className="view-hint">
          {tr('results.tooManyToAnalyse', { max: ANALYSED_MAX, count: evaluation.alternatives.length })}
        </p>
      ) : !result ? null : !result.ok ? (
        <p className="view-hint">
          {t(`sweep.${REFUSALS[result.reason]}`, { max: SAMPLED_SWEEP_MAX_CELLS.toLocaleString() })}
        </p>
      ) : (
        option &&
        sweep && (
          <>
            <p className="sensitivity-read">
              {'samples' in sweep
                ? t('sweep.readSampled', {
                    criterion: name,
                    samples: sweep.samples,
                    tolerance: sweep.tolerance.toFixed(6),
                  })
                : t('sweep.read', { criterion: name })}
            </p>
            <SensitivityChart
              option={option}
              label={label}
              height={300 + legendRows(drawn.length + 1) * LEGEND_ROW}
              printed={Boolean(printed)}
              data={{
                criterion: benchmark,
                current: String(sweep.current),
                crossings: JSON.stringify(sweep.crossings.map((c) => c.at)),
                ...('samples' in sweep ? { samples: String(sweep.samples), tolerance: String(sweep.tolerance) } : {}),
              }}
            />
            {drawn.length < evaluation.alternatives.length && (
              <p className="view-hint">
                {t('sweep.shown', { shown: drawn.length, total: evaluation.alternatives.length })}
              </p>
            )}
          </>
        )
      )}
    </section>
  );
}
