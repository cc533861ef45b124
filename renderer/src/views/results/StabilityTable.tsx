import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../../shared/evaluation/evaluate';
import { weightStability, type WeightStability } from '../../../../shared/evaluation/robustness';
import { percent } from '../../format/percent';
import { useWorkerAnalysis } from '../../workers/useWorkerAnalysis';
import { useSliderDrag } from '../weights/slider-drag';
import { AnalysisStatus } from './AnalysisStatus';
import { ANALYSED_MAX } from './ranked';
import { NotAnalysedNote } from '../quality/NotAnalysedNote';

/**
 * How robust the ranking is to each weight: the WSM stability interval and the first swap at each end. `live`
 * (the Results view) runs it in the analysis worker, not during a slider drag, keeping the last answer on screen
 * until the new one arrives; otherwise (the report) it is computed here.
 */
export function StabilityTable({ evaluation, live = false }: { evaluation: Evaluation; live?: boolean }) {
  const { t } = useTranslation();
  const tooMany = evaluation.alternatives.length > ANALYSED_MAX;
  // Only WSM has intervals: for another method the answer is known at once, with nothing to compute.
  const inWorker = live && !tooMany && evaluation.contributionsAvailable;
  const here = useMemo(
    () => (inWorker || tooMany ? null : weightStability(evaluation)),
    [inWorker, tooMany, evaluation],
  );
  const task = useMemo(() => (inWorker ? { kind: 'stability' as const, evaluation } : null), [inWorker, evaluation]);
  const dragging = useSliderDrag((s) => s.dragging);
  const run = useWorkerAnalysis(task, dragging);
  const result = inWorker ? run.result : here;
  const names = new Map(evaluation.alternatives.map((a) => [a.model, a.name]));
  const criterionName = new Map(evaluation.criteria.map((c) => [c.benchmark, c.name]));
  const swap = (s: WeightStability['below']) =>
    s
      ? t('results.swap', { ahead: names.get(s.ahead), behind: names.get(s.behind), at: percent(s.at) })
      : t('results.noSwap');
  return (
    <section
      className={run.updating && result ? 'stability analysis-stale' : 'stability'}
      aria-labelledby="stability-heading"
      aria-busy={run.updating}
    >
      <h2 id="stability-heading">{t('results.stability')}</h2>
      {inWorker && <AnalysisStatus hasResult={result !== null} updating={run.updating} error={run.error} />}
      {tooMany ? (
        <p className="view-hint">
          {t('results.tooManyToAnalyse', { max: ANALYSED_MAX, count: evaluation.alternatives.length })}
        </p>
      ) : !result ? null : !result.ok ? (
        <p className="view-hint">
          {t(
            result.reason === 'not-additive'
              ? 'results.stabilityNotAdditive'
              : result.reason === 'incomplete'
                ? 'results.stabilityIncomplete'
                : 'results.stabilityTooFew',
          )}
        </p>
      ) : (
        <>
          <p className="view-hint">{t('results.stabilityHelp')}</p>
          <table className="ranking-table stability-table" aria-label={t('results.stability')}>
            <thead>
              <tr>
                <th scope="col">{t('results.criterion')}</th>
                <th scope="col" className="num">
                  {t('results.weight')}
                </th>
                <th scope="col">{t('results.stableRange')}</th>
                <th scope="col">{t('results.firstBelow')}</th>
                <th scope="col">{t('results.firstAbove')}</th>
              </tr>
            </thead>
            <tbody>
              {result.criteria.map((c) => (
                <tr key={c.benchmark}>
                  <th scope="row">{criterionName.get(c.benchmark) ?? c.benchmark}</th>
                  <td className="num">{percent(c.weight)}</td>
                  <td>
                    {percent(c.lower)} – {percent(c.upper)}
                  </td>
                  <td>{swap(c.below)}</td>
                  <td>{swap(c.above)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <NotAnalysedNote evaluation={evaluation} />
    </section>
  );
}
