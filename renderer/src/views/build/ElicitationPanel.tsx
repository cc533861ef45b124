import { useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from 'react-i18next';
import {
  RANK_SCHEMES,
  WEIGHTING_METHODS,
  type Weighting,
  type WeightingMethod,
} from '../../../../shared/domain/scenario';
import {
  deriveWeights,
  pairwiseFor,
  POINTS_BUDGET,
  WeightingError,
  type DerivedWeights,
  type WeightingData,
} from '../../../../shared/evaluation/weighting';
import { BUILD_NS } from '../../i18n';
import { matrixOf } from '../../state/evaluation';
import { useScenarioStore } from '../../state/scenario-store';
import { formatRatio, nearestOnScale, SAATY_SCALE } from './saaty-scale';
import { Disclosure } from './Disclosure';
import { RefusalText } from './RefusalText';
import './build.css';

/** How many of the most inconsistent judgements are named. */
const JUDGEMENTS_SHOWN = 3;
/** Saaty's threshold of an acceptable consistency ratio. */
const CR_ACCEPTABLE = 0.1;

/** A weighting draft with every method's inputs filled for criteria `ids` (kept where `weighting` gives them). */
function draftFor(weighting: Weighting | undefined, ids: readonly string[]): Weighting {
  const w = weighting ?? { method: 'direct' as const };
  const places = Object.fromEntries(ids.map((b, i) => [b, i + 1]));
  return {
    ...w,
    points: { ...Object.fromEntries(ids.map((b) => [b, 0])), ...w.points },
    rank: { scheme: w.rank?.scheme ?? 'roc', ranks: { ...places, ...w.rank?.ranks } },
    swing: {
      ranks: { ...places, ...w.swing?.ranks },
      ratings: { ...Object.fromEntries(ids.map((b, i) => [b, i === 0 ? 100 : 50])), ...w.swing?.ratings },
    },
    ahp: { priority: w.ahp?.priority ?? 'eigenvector', criteria: [...ids], pairwise: pairwiseFor([...ids], w.ahp) },
  };
}

/**
 * The candidates' values and directions for the objective weightings (entropy, CRITIC), also when unrankable; read
 * (and rendered again at each edit) only while `needed`.
 */
function useWeightingData(needed: boolean): WeightingData | null {
  const scenario = useScenarioStore((s) => (needed ? s.scenario : null));
  return useMemo(() => {
    const matrix = scenario && matrixOf(scenario);
    return matrix && { values: matrix.values, directions: matrix.criteria.map((c) => c.direction) };
  }, [scenario]);
}

/** The inputs of each method: what "Apply" records is the active method's and those the scenario recorded before. */
const INPUT_OF: Partial<Record<WeightingMethod, 'points' | 'rank' | 'swing' | 'ahp'>> = {
  points: 'points',
  rank: 'rank',
  swing: 'swing',
  ahp: 'ahp',
};
function recorded(draft: Weighting, previous: Weighting | undefined): Weighting {
  const keep = (k: 'points' | 'rank' | 'swing' | 'ahp') => INPUT_OF[draft.method] === k || previous?.[k] !== undefined;
  return {
    method: draft.method,
    ...(keep('points') && { points: draft.points }),
    ...(keep('rank') && { rank: draft.rank }),
    ...(keep('swing') && { swing: draft.swing }),
    ...(keep('ahp') && { ahp: draft.ahp }),
  };
}

type Preview = { ok: true; derived: DerivedWeights } | { ok: false; error: unknown };

/**
 * Weight elicitation: choose a method, give its inputs, see the weights it gives (and for AHP the consistency
 * ratio and the most inconsistent judgements with the value that would make each consistent), then "Apply":
 * the weights go to the criteria and the method with its inputs is recorded in the scenario (one undo step), so a
 * reopened file shows them. A slider moved afterwards makes the weights direct again (the inputs stay).
 */
export function ElicitationPanel() {
  const { t } = useTranslation(BUILD_NS);
  const applyWeighting = useScenarioStore((s) => s.applyWeighting);
  // What the panel shows, not the weights: a slider step renders it only when it makes the weighting direct.
  const weighting = useScenarioStore((s) => s.scenario?.weighting);
  const ids = useScenarioStore(useShallow((s) => s.scenario?.criteria.map((c) => c.benchmark) ?? []));
  const grouped = useScenarioStore((s) => (s.scenario?.groups.length ?? 0) > 0);
  const dataset = useScenarioStore((s) => s.scenario?.dataset);
  const alternatives = useScenarioStore((s) => s.scenario?.alternatives);
  const methodId = useId();
  const [draft, setDraft] = useState(() => draftFor(weighting, ids));
  // A new weighting from outside (apply, undo, open) resets the draft; new or reordered criteria realign it (its
  // inputs are keyed by benchmark, the AHP matrix re-indexed), during render.
  const [seen, setSeen] = useState({ weighting, ids });
  if (seen.weighting !== weighting || seen.ids !== ids) {
    setSeen({ weighting, ids });
    setDraft(draftFor(seen.weighting !== weighting ? weighting : draft, ids));
  }
  const data = useWeightingData(draft.method === 'entropy' || draft.method === 'critic');
  const names = useMemo(() => new Map(dataset?.benchmarks.map((b) => [b.id, b.name])), [dataset]);
  const name = (b: string) => names.get(b) ?? b;
  const models = useMemo(() => new Map(dataset?.models.map((m) => [m.id, m.name])), [dataset]);
  const modelName = (row: number) => {
    const id = alternatives?.[row] ?? '';
    return models.get(id) ?? id;
  };
  const preview: Preview | null = (() => {
    if (draft.method === 'direct') return null;
    if ((draft.method === 'entropy' || draft.method === 'critic') && !data) return null;
    try {
      return {
        ok: true,
        derived: deriveWeights(
          ids,
          // The raw weights are read by 'direct' only, which has no preview.
          [],
          draft,
          data ?? { values: { rows: 0, cols: 0, data: new Float64Array() }, directions: [] },
        ),
      };
    } catch (error) {
      return { ok: false, error };
    }
  })();
  const set = (change: Partial<Weighting>) => setDraft({ ...draft, ...change });
  const current = weighting?.method ?? 'direct';
  return (
    <Disclosure
      title={t('weighting.heading')}
      summary={<p role="status">{t('weighting.current', { method: t(`weighting.method.${current}`) })}</p>}
    >
      <label htmlFor={methodId}>{t('weighting.methodLabel')}</label>{' '}
      <select id={methodId} value={draft.method} onChange={(e) => set({ method: e.target.value as WeightingMethod })}>
        {WEIGHTING_METHODS.map((m) => (
          <option key={m} value={m}>
            {t(`weighting.method.${m}`)}
          </option>
        ))}
      </select>
      <p>{t(`weighting.explain.${draft.method}`)}</p>
      {grouped && <p>{t('weighting.withinGroups')}</p>}
      {draft.method === 'points' && <PointsInputs ids={ids} name={name} draft={draft} set={set} />}
      {draft.method === 'rank' && <RankInputs ids={ids} name={name} draft={draft} set={set} />}
      {draft.method === 'swing' && <SwingInputs ids={ids} name={name} draft={draft} set={set} />}
      {draft.method === 'ahp' && <AhpInputs ids={ids} name={name} draft={draft} set={set} />}
      {preview && !preview.ok && (
        <p className="build-problem" role="alert">
          {preview.error instanceof WeightingError ? (
            <RefusalText refusal={preview.error.refusal} name={name} model={modelName} />
          ) : (
            t('weighting.failed', {
              message: preview.error instanceof Error ? preview.error.message : String(preview.error),
            })
          )}
        </p>
      )}
      {preview?.ok && preview.derived.ahp && <AhpConsistency ids={ids} name={name} derived={preview.derived} />}
      {preview?.ok && (
        <>
          <table className="build-table" aria-label={t('weighting.derived')}>
            <thead>
              <tr>
                <th scope="col">{t('criteria.column.name')}</th>
                <th scope="col">{t('weighting.weight')}</th>
              </tr>
            </thead>
            <tbody>
              {ids.map((b, j) => (
                <tr key={b}>
                  <th scope="row">{name(b)}</th>
                  <td>{(preview.derived.weights[j] * 100).toFixed(1)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => applyWeighting(recorded(draft, weighting), preview.derived.weights)}>
            {t('weighting.apply')}
          </button>
        </>
      )}
    </Disclosure>
  );
}

interface InputsProps {
  ids: string[];
  name(b: string): string;
  draft: Weighting;
  set(change: Partial<Weighting>): void;
}

/** A number input that passes on every finite value typed (a cleared field is left as typed, not applied). */
function Num({
  label,
  value,
  min,
  max,
  onChange,
}: {
  label: string;
  value: number;
  min: number;
  max?: number;
  onChange(v: number): void;
}) {
  const [text, setText] = useState<string | null>(null);
  return (
    <input
      type="number"
      aria-label={label}
      min={min}
      max={max}
      value={text ?? String(value)}
      onChange={(e) => {
        setText(e.target.value);
        const v = Number(e.target.value);
        if (e.target.value.trim() !== '' && Number.isFinite(v)) onChange(v);
      }}
      onBlur={() => setText(null)}
    />
  );
}

function PointsInputs({ ids, name, draft, set }: InputsProps) {
  const { t } = useTranslation(BUILD_NS);
  const points = draft.points ?? {};
  const total = ids.reduce((a, b) => a + (points[b] ?? 0), 0);
  return (
    <div>
      {ids.map((b) => (
        <p key={b}>
          <label>
            {name(b)}{' '}
            <Num
              label={t('weighting.pointsOf', { name: name(b) })}
              value={points[b] ?? 0}
              min={0}
              max={POINTS_BUDGET}
              onChange={(v) => set({ points: { ...points, [b]: Math.max(0, v) } })}
            />
          </label>
        </p>
      ))}
      <p role="status">{t('weighting.pointsTotal', { total, budget: POINTS_BUDGET })}</p>
    </div>
  );
}

function RankInputs({ ids, name, draft, set }: InputsProps) {
  const { t } = useTranslation(BUILD_NS);
  const schemeId = useId();
  const rank = draft.rank!;
  return (
    <div>
      <label htmlFor={schemeId}>{t('weighting.scheme')}</label>{' '}
      <select
        id={schemeId}
        value={rank.scheme}
        onChange={(e) => set({ rank: { ...rank, scheme: e.target.value as (typeof RANK_SCHEMES)[number] } })}
      >
        {RANK_SCHEMES.map((s) => (
          <option key={s} value={s}>
            {t(`weighting.schemes.${s}`)}
          </option>
        ))}
      </select>
      {ids.map((b) => (
        <p key={b}>
          <label>
            {name(b)}{' '}
            <Num
              label={t('weighting.rankOf', { name: name(b) })}
              value={rank.ranks[b] ?? 1}
              min={1}
              max={ids.length}
              onChange={(v) => set({ rank: { ...rank, ranks: { ...rank.ranks, [b]: Math.max(1, Math.round(v)) } } })}
            />
          </label>
        </p>
      ))}
    </div>
  );
}

function SwingInputs({ ids, name, draft, set }: InputsProps) {
  const { t } = useTranslation(BUILD_NS);
  const swing = draft.swing!;
  return (
    <table className="build-grid">
      <thead>
        <tr>
          <th scope="col">{t('criteria.column.name')}</th>
          <th scope="col">{t('weighting.swingRank')}</th>
          <th scope="col">{t('weighting.swingRating')}</th>
        </tr>
      </thead>
      <tbody>
        {ids.map((b) => (
          <tr key={b}>
            <th scope="row">{name(b)}</th>
            <td>
              <Num
                label={t('weighting.swingRankOf', { name: name(b) })}
                value={swing.ranks[b] ?? 1}
                min={1}
                max={ids.length}
                onChange={(v) =>
                  set({ swing: { ...swing, ranks: { ...swing.ranks, [b]: Math.max(1, Math.round(v)) } } })
                }
              />
            </td>
            <td>
              <Num
                label={t('weighting.swingRatingOf', { name: name(b) })}
                value={swing.ratings[b] ?? 0}
                min={0}
                max={100}
                onChange={(v) =>
                  set({ swing: { ...swing, ratings: { ...swing.ratings, [b]: Math.min(100, Math.max(0, v)) } } })
                }
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AhpInputs({ ids, name, draft, set }: InputsProps) {
  const { t } = useTranslation(BUILD_NS);
  const priorityId = useId();
  const a = draft.ahp!;
  const judge = (i: number, j: number, value: number) => {
    const pairwise = a.pairwise.map((row) => [...row]);
    pairwise[i][j] = value;
    pairwise[j][i] = 1 / value;
    set({ ahp: { ...a, pairwise } });
  };
  return (
    <div>
      <label htmlFor={priorityId}>{t('weighting.priority')}</label>{' '}
      <select
        id={priorityId}
        value={a.priority}
        onChange={(e) => set({ ahp: { ...a, priority: e.target.value as 'eigenvector' | 'geometric' } })}
      >
        <option value="eigenvector">{t('weighting.priorities.eigenvector')}</option>
        <option value="geometric">{t('weighting.priorities.geometric')}</option>
      </select>
      <p>{t('weighting.ahpScale')}</p>
      <table className="build-grid" aria-label={t('weighting.pairwise')}>
        <tbody>
          {ids.flatMap((bi, i) =>
            ids.slice(i + 1).map((bj, k) => {
              const j = i + 1 + k;
              return (
                <tr key={`${bi}|${bj}`}>
                  <th scope="row">{name(bi)}</th>
                  <td>
                    <select
                      aria-label={t('weighting.judgement', { a: name(bi), b: name(bj) })}
                      value={nearestOnScale(a.pairwise[i][j]).label}
                      onChange={(e) => judge(i, j, SAATY_SCALE.find((s) => s.label === e.target.value)!.value)}
                    >
                      {SAATY_SCALE.map((s) => (
                        <option key={s.label} value={s.label}>
                          {s.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{name(bj)}</td>
                </tr>
              );
            }),
          )}
        </tbody>
      </table>
    </div>
  );
}

function AhpConsistency({ ids, name, derived }: { ids: string[]; name(b: string): string; derived: DerivedWeights }) {
  const { t } = useTranslation(BUILD_NS);
  const r = derived.ahp!;
  const worst = r.judgements.filter((x) => Math.abs(Math.log(x.ratio)) > 1e-9).slice(0, JUDGEMENTS_SHOWN);
  return (
    <div>
      <p role="status" aria-label={t('weighting.crLabel')}>
        {r.cr === null
          ? t('weighting.crNone', { n: ids.length })
          : t(r.cr <= CR_ACCEPTABLE ? 'weighting.crOk' : 'weighting.crHigh', {
              cr: r.cr.toFixed(3),
              lambda: r.lambdaMax.toFixed(3),
            })}
      </p>
      {worst.length > 0 && (
        <ol aria-label={t('weighting.inconsistent')}>
          {worst.map((x) => (
            <li key={`${x.i}|${x.j}`}>
              {t('weighting.inconsistentItem', {
                a: name(ids[x.i]),
                b: name(ids[x.j]),
                given: formatRatio(x.value),
                consistent: formatRatio(x.consistent),
                nearest: nearestOnScale(x.consistent).label,
              })}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
