import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../../shared/evaluation/evaluate';
import { weightSweeps } from '../../../../shared/evaluation/sensitivity';
import { LEGEND_ROW, legendRows } from '../../charts/legend';
import { SensitivityChart } from '../../charts/SensitivityChart';
import { sweepOption } from '../../charts/sweep-option';
import { ANALYSED_MAX, ranked } from '../results/ranked';
import { useSensitivityT } from './i18n';
import './sensitivity.css';

const criterionName = (evaluation: Evaluation, benchmark: string): string =>
  evaluation.criteria.find((c) => c.benchmark === benchmark)?.name ?? benchmark;

/** Lines drawn at most: the best models (more lines than colours would not be read). */
const SWEEP_DRAWN = 10;

interface Props {
  evaluation: Evaluation;
  /** In the report: the criterion drawn, no control. */
  printed?: string;
}

/**
 * The weight sweep of one criterion (chosen on screen; given in the report): every drawn model's composite as that
 * weight goes 0 → 1, the crossings, the weight now and the stable range of the stability table, with the sentence
 * that says how to read it. Only for WSM over a complete matrix (as the stability table).
 */
export function WeightSweepChart({ evaluation, printed }: Props) {
  const t = useSensitivityT();
  const { t: tr } = useTranslation();
  const selectId = useId();
  const criteria = evaluation.criteria.filter((c) => c.used);
  const heaviest = [...criteria].sort((a, b) => b.weight - a.weight)[0]?.benchmark ?? '';
  const [chosen, setChosen] = useState(heaviest);
  const benchmark = printed ?? (criteria.some((c) => c.benchmark === chosen) ? chosen : heaviest);
  const tooMany = evaluation.alternatives.length > ANALYSED_MAX;
  const result = useMemo(
    () => (tooMany || !benchmark ? null : weightSweeps(evaluation, [benchmark])),
    [tooMany, evaluation, benchmark],
  );
  const name = criterionName(evaluation, benchmark);
  const drawn = useMemo(
    () => ranked(evaluation, SWEEP_DRAWN).map((a) => ({ model: a.model, name: a.name })),
    [evaluation],
  );
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
          {t(
            result.reason === 'not-additive'
              ? 'sweep.notAdditive'
              : result.reason === 'incomplete'
                ? 'sweep.incomplete'
                : 'sweep.tooFew',
          )}
        </p>
      ) : (
        option &&
        sweep && (
          <>
            <p className="sensitivity-read">{t('sweep.read', { criterion: name })}</p>
            <SensitivityChart
              option={option}
              label={label}
              height={300 + legendRows(drawn.length + 1) * LEGEND_ROW}
              printed={Boolean(printed)}
              data={{
                criterion: benchmark,
                current: String(sweep.current),
                crossings: JSON.stringify(sweep.crossings.map((c) => c.at)),
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
