import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../../shared/evaluation/evaluate';
import type { WeightBelief } from '../../../../shared/engine/ranking-acceptability';
import { rankingAcceptability } from '../../../../shared/evaluation/robustness';
import { percent } from '../../format/percent';
import { colour, withAlpha } from '../../styles/tokens';
import { useWorkerAnalysis } from '../../workers/useWorkerAnalysis';
import { useSliderDrag } from '../weights/slider-drag';
import { AcceptabilityBars } from '../sensitivity/AcceptabilityBars';
import { AnalysisStatus } from './AnalysisStatus';
import { ANALYSED_MAX } from './ranked';
import { NotAnalysedNote } from '../quality/NotAnalysedNote';

/** Above this many alternative × criterion × sample steps the analysis waits for a click. */
const LIVE_BUDGET = 2e7;

/**
 * How robust the ranking is to what is not known of the weights: SMAA-2 rank acceptabilities (the share of
 * weight draws giving each model each rank) and confidence factors, with the scenario's samples and seed. On
 * screen it runs in the analysis worker, not during a slider drag, and the last answer stays until the new one
 * arrives; in the report it is computed here.
 */
export function RankAcceptability({
  evaluation,
  samples,
  seed,
  printed = false,
}: {
  evaluation: Evaluation;
  samples: number;
  seed: number;
  /** In the report: no controls, weights unknown, computed whatever the size. */
  printed?: boolean;
}) {
  const { t } = useTranslation();
  const beliefId = useId();
  const concentrationId = useId();
  const [belief, setBelief] = useState<WeightBelief>({ kind: 'unknown' });
  const size = evaluation.alternatives.length * evaluation.criteria.length * samples;
  const [asked, setAsked] = useState(false);
  const tooMany = evaluation.alternatives.length > ANALYSED_MAX;
  const live = !tooMany && (printed || size <= LIVE_BUDGET || asked);
  const here = useMemo(
    () => (live && printed ? rankingAcceptability(evaluation, belief, samples, seed) : null),
    [live, printed, evaluation, belief, samples, seed],
  );
  const task = useMemo(
    () => (live && !printed ? { kind: 'acceptability' as const, evaluation, belief, samples, seed } : null),
    [live, printed, evaluation, belief, samples, seed],
  );
  const dragging = useSliderDrag((s) => s.dragging);
  const run = useWorkerAnalysis(task, dragging);
  const analysis = printed ? here : run.result;
  const names = new Map(evaluation.alternatives.map((a) => [a.model, a.name]));
  // The table's rows and the bars, in the ranking's order (kept while the answer and the ranking stay).
  const shown = useMemo(() => {
    if (analysis?.ok !== true) return null;
    const rank = new Map(evaluation.alternatives.map((a) => [a.model, a.rank]));
    const named = new Map(evaluation.alternatives.map((a) => [a.model, a.name]));
    const { models, acceptability } = analysis.result;
    // An answer kept while the next is computed may name a model no longer ranked: it goes last.
    const order = [...models.keys()].sort(
      (a, b) => (rank.get(models[a]) ?? Infinity) - (rank.get(models[b]) ?? Infinity),
    );
    return {
      order,
      names: order.map((i) => named.get(models[i]) ?? models[i]),
      rows: order.map((i) => acceptability[i]),
    };
  }, [analysis, evaluation]);
  const shownOrder = shown?.order ?? [];

  return (
    <section
      className={run.updating && analysis ? 'acceptability analysis-stale' : 'acceptability'}
      aria-labelledby="acceptability-heading"
      aria-busy={run.updating}
    >
      <h2 id="acceptability-heading">{t('results.acceptability')}</h2>
      {printed ? (
        <p className="view-hint">{t('results.acceptabilityPrinted', { samples, seed })}</p>
      ) : (
        <div className="weights-controls">
          <label htmlFor={beliefId}>{t('results.belief')}</label>
          <select
            id={beliefId}
            value={belief.kind}
            onChange={(e) =>
              setBelief(
                e.target.value === 'unknown' ? { kind: 'unknown' } : { kind: 'around-current', concentration: 50 },
              )
            }
          >
            <option value="unknown">{t('results.beliefUnknown')}</option>
            <option value="around-current">{t('results.beliefAround')}</option>
          </select>
          {belief.kind === 'around-current' && (
            <>
              <label htmlFor={concentrationId}>{t('results.concentration')}</label>
              <input
                id={concentrationId}
                type="number"
                min={1}
                step={10}
                value={belief.concentration}
                onChange={(e) => {
                  const c = e.target.valueAsNumber;
                  if (c >= 1) setBelief({ kind: 'around-current', concentration: c });
                }}
              />
            </>
          )}
          <span className="view-hint">{t('results.samplesSeed', { samples, seed })}</span>
        </div>
      )}
      {!printed && <AnalysisStatus hasResult={analysis !== null} updating={run.updating} error={run.error} />}
      {tooMany ? (
        <p className="view-hint">
          {t('results.tooManyToAnalyse', { max: ANALYSED_MAX, count: evaluation.alternatives.length })}
        </p>
      ) : !live ? (
        <button type="button" onClick={() => setAsked(true)}>
          {t('results.compute')}
        </button>
      ) : !analysis ? null : !analysis.ok ? (
        <p className="view-hint">
          {t(analysis.reason === 'incomplete' ? 'results.acceptabilityIncomplete' : 'results.stabilityTooFew')}
        </p>
      ) : (
        <div className="acceptability-pair">
          <table className="ranking-table acceptability-table" aria-label={t('results.acceptability')}>
            <thead>
              <tr>
                <th scope="col">{t('results.model')}</th>
                {analysis.result.models.map((_, r) => (
                  <th scope="col" className="num" key={r}>
                    {t('results.rankN', { n: r + 1 })}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('results.confidence')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shownOrder.map((i) => (
                <tr key={analysis.result.models[i]}>
                  <th scope="row">{names.get(analysis.result.models[i]) ?? analysis.result.models[i]}</th>
                  {analysis.result.acceptability[i].map((p, r) => (
                    <td
                      key={r}
                      className="num"
                      style={{
                        background: withAlpha(colour.accent, 0.75 * p),
                        color: p > 0.6 ? colour.onAccent : undefined,
                      }}
                    >
                      {percent(p)}
                    </td>
                  ))}
                  <td className="num">
                    {analysis.result.confidence[i] === null ? '—' : percent(analysis.result.confidence[i]!)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown && <AcceptabilityBars names={shown.names} rows={shown.rows} printed={printed} />}
        </div>
      )}
      <NotAnalysedNote evaluation={evaluation} />
    </section>
  );
}
