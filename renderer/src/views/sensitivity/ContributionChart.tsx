import { useMemo } from 'react';
import type { Evaluation } from '../../../../shared/evaluation/evaluate';
import { criterionContributions } from '../../../../shared/evaluation/sensitivity';
import { contributionsOption } from '../../charts/contributions-option';
import { belowLegend } from '../../charts/legend';
import { SensitivityChart } from '../../charts/SensitivityChart';
import { ranked } from '../results/ranked';
import { useSensitivityT } from './i18n';
import './sensitivity.css';

/** Bars drawn at most (the table beside lists up to its own limit). */
const CONTRIBUTIONS_DRAWN = 25;

/**
 * Contributions per model as stacked bars, with the sentence that says how to read them: weight × normalized value
 * for WSM, the per-criterion net flows for PROMETHEE II; other methods say why there is nothing to split.
 */
export function ContributionChart({ evaluation, printed = false }: { evaluation: Evaluation; printed?: boolean }) {
  const t = useSensitivityT();
  const result = useMemo(() => criterionContributions(evaluation), [evaluation]);
  const label = t('contributions.label');
  const drawn = useMemo(() => ranked(evaluation, CONTRIBUTIONS_DRAWN), [evaluation]);
  const option = useMemo(() => {
    if (!result.ok) return null;
    const names = new Map(evaluation.criteria.map((c) => [c.benchmark, c.name]));
    const rows = new Map(result.result.rows.map((r) => [r.model, r]));
    return contributionsOption(
      result.result.benchmarks.map((b) => names.get(b) ?? b),
      drawn.map((a) => ({ name: a.name, parts: rows.get(a.model)!.parts, composite: a.composite })),
      t('contributions.composite'),
      label,
      !printed,
    );
  }, [result, evaluation, drawn, t, label, printed]);
  const Heading = printed ? 'h3' : 'h2';
  return (
    <section className="sensitivity contribution-chart" aria-label={t('contributions.title')}>
      <Heading>{t('contributions.title')}</Heading>
      {!result.ok || !option ? (
        <p className="view-hint">
          {t(result.ok || result.reason === 'not-additive' ? 'contributions.notAdditive' : 'contributions.mismatch')}
        </p>
      ) : (
        <>
          <p className="sensitivity-read">
            {t(result.result.kind === 'net-flow' ? 'contributions.readFlow' : 'contributions.readSum')}
          </p>
          <SensitivityChart
            option={option}
            label={label}
            height={40 + belowLegend(option.series.length) + 30 * drawn.length}
            printed={printed}
          />
          {drawn.length < evaluation.alternatives.length && (
            <p className="view-hint">
              {t('contributions.shown', { shown: drawn.length, total: evaluation.alternatives.length })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
