import { useId, useMemo, useState } from 'react';
import type { PointsScheme } from '../../../../shared/domain/programme';
import {
  pairSplitSweep,
  splitProblem,
  splitRegionMap,
  type SplitCell,
} from '../../../../shared/evaluation/programme/points-split';
import type { RoundOutcome } from '../../../../shared/evaluation/programme/rounds';
import { pairOption, ternaryOption } from '../../charts/points-split-option';
import { SensitivityChart } from '../../charts/SensitivityChart';
import { useSensitivityT } from './i18n';
import './sensitivity.css';

/** Grid steps: the triangle at 2.5% of the points (861 splits), a pair at 1% (101). */
const TRIANGLE_STEPS = 40;
const PAIR_STEPS = 100;

/**
 * Which team is eliminated on score as the split of the round's points between its top-level components moves:
 * with three components over the whole triangle of splits, otherwise pair by pair (two components chosen, the others
 * as now); the split now ringed, with the sentence that says how to read it.
 */
export function PointsSplitChart({
  outcome,
  scheme,
  printed = false,
}: {
  outcome: RoundOutcome;
  scheme: PointsScheme;
  printed?: boolean;
}) {
  const t = useSensitivityT();
  const id = useId();
  const problem = useMemo(() => splitProblem(outcome, scheme), [outcome, scheme]);
  const k = problem.components.length;
  const [pair, setPair] = useState<[number, number]>([0, 1]);
  const [a, b] = pair[0] < k && pair[1] < k && pair[0] !== pair[1] ? pair : [0, 1];
  const names = useMemo(() => new Map(outcome.teams.map((x) => [x.model, x.name])), [outcome]);
  const description = t('split.label', { round: outcome.label });
  const option = useMemo(() => {
    if (k < 2) return null;
    const teams = problem.teams.map((x) => x.model);
    const labels = {
      outcome: (eliminated: readonly string[]) =>
        eliminated.length ? eliminated.map((m) => names.get(m) ?? m).join(', ') : t('split.none'),
      now: t('split.now'),
      description,
    };
    if (k === 3)
      return ternaryOption(
        splitRegionMap(problem, TRIANGLE_STEPS),
        problem.current,
        teams,
        problem.components.map((c) => c.label),
        labels,
        TRIANGLE_STEPS,
        !printed,
      );
    const share = (c: SplitCell) => c.split[a] / (c.split[a] + c.split[b]);
    return pairOption(
      pairSplitSweep(problem, a, b, PAIR_STEPS),
      share,
      problem.current[a] / (problem.current[a] + problem.current[b]),
      teams,
      { ...labels, axis: t('split.share', { a: problem.components[a].label, b: problem.components[b].label }) },
      !printed,
    );
  }, [problem, k, a, b, names, t, description, printed]);
  const gateOut = outcome.teams.filter((x) => x.by === 'gate').map((x) => x.name);
  const current = problem.components.map((c) => `${c.label} ${c.maxPoints}`).join(' / ');
  return (
    <section className="sensitivity points-split" aria-label={t('split.title')}>
      <h4>{t('split.title')}</h4>
      {k < 2 || !option ? (
        <p className="view-hint">{t('split.single')}</p>
      ) : (
        <>
          {k !== 3 && !printed && (
            <div className="programme-controls">
              <label htmlFor={`${id}-a`}>{t('split.pairA')}</label>
              <select id={`${id}-a`} value={a} onChange={(e) => setPair([Number(e.target.value), b])}>
                {problem.components.map((c, i) => (
                  <option key={c.id} value={i} disabled={i === b}>
                    {c.label}
                  </option>
                ))}
              </select>
              <label htmlFor={`${id}-b`}>{t('split.pairB')}</label>
              <select id={`${id}-b`} value={b} onChange={(e) => setPair([a, Number(e.target.value)])}>
                {problem.components.map((c, i) => (
                  <option key={c.id} value={i} disabled={i === a}>
                    {c.label}
                  </option>
                ))}
              </select>
            </div>
          )}
          <p className="sensitivity-read">
            {k === 3
              ? t('split.read', {
                  total: problem.total,
                  components: problem.components.map((c) => c.label).join(', '),
                  current,
                })
              : t('split.readPair', { a: problem.components[a].label, b: problem.components[b].label })}
          </p>
          {gateOut.length > 0 && <p className="view-hint">{t('split.gate', { models: gateOut.join(', ') })}</p>}
          <SensitivityChart
            option={option}
            label={description}
            height={k === 3 ? 440 : 150}
            width={k === 3 ? 640 : undefined}
            printed={printed}
          />
        </>
      )}
    </section>
  );
}
