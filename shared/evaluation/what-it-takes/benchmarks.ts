import type { Direction } from '../../domain/dataset';
import type { Programme } from '../../domain/programme';
import type { Scenario } from '../../domain/scenario';
import { indexDataset } from '../../dataset/index';
import { evaluateScenario } from '../evaluate';
import { overrideMap, scenarioCellValue } from '../programme/values';
import type { Goal } from './goal';
import { probeGoal } from './probe';
import { withOverride } from './scenario-edits';
import { solveLine, type HowSolved } from './search';

/**
 * Why a lever cannot reach the goal: `not-enough` — even the best value searched (the scale's best end, or for an
 * open scale the bound stated) does not; `not-used` — the criterion weighs 0, so its value cannot move the ranking;
 * `same-report` — the frontier test reads each report's own printed values,
 * so a what-if value does not enter it.
 */
export type BenchmarkObstacle = 'not-enough' | 'not-used' | 'same-report';

export interface BenchmarkAnswer {
  benchmark: string;
  name: string;
  unit: string;
  direction: Direction;
  scale: { min: number; max: number } | null;
  /** The value the scenario uses now (observation or override); null when the cell has none. */
  current: number | null;
  /** The best end searched: the scale's best value, or for an open scale 10 spans past the values seen. */
  searchedTo: number;
  state: 'holds' | 'reachable' | 'not-reachable';
  /** The smallest change that reaches the goal: the value the cell would need. */
  value: number | null;
  change: number | null;
  how: HowSolved | null;
  obstacle: BenchmarkObstacle | null;
}

/** The benchmarks a goal turns on: the criteria; the frontier test's; a round's computed points and frontier gate. */
function leverBenchmarks(scenario: Scenario, programme: Programme | null, goal: Goal): string[] {
  const criteria = scenario.criteria.map((c) => c.benchmark);
  if (goal.kind === 'rank' || goal.kind === 'overtake') return criteria;
  if (goal.kind === 'frontier') return programme?.frontier?.benchmarks?.map((b) => b.benchmark) ?? criteria;
  const round = programme?.rounds.find((r) => r.id === goal.round);
  const scheme = programme?.schemes.find((s) => s.id === round?.scheme);
  const computed = scheme?.components.flatMap((c) => c.computed?.benchmarks.map((b) => b.benchmark) ?? []) ?? [];
  const gates = programme?.gates.filter((g) => round?.gates.includes(g.id)) ?? [];
  const rules = round?.frontier ?? programme?.frontier;
  const frontier = gates.some((g) => g.rule.kind === 'frontier')
    ? (rules?.benchmarks?.map((b) => b.benchmark) ?? criteria)
    : [];
  return [...new Set([...computed, ...frontier])];
}

/**
 * Criteria whose value cannot move the ranking (rank and overtake goals): weight 0. A criterion the missing-value
 * policy dropped is searched like any other, since a value in the model's empty cell may bring it back.
 */
function unusedCriteria(scenario: Scenario, goal: Goal): Set<string> {
  if (goal.kind !== 'rank' && goal.kind !== 'overtake') return new Set();
  try {
    const evaluation = evaluateScenario(scenario);
    return new Set(
      evaluation.criteria.filter((c) => c.rawWeight === 0 || (c.used && !(c.weight > 0))).map((c) => c.benchmark),
    );
  } catch {
    return new Set();
  }
}

/**
 * Per benchmark, the value the model's cell would need for the goal to hold, every other cell as it is: searched
 * from the current value (the worst end of the scale when the cell is empty) towards the benchmark's best end,
 * within its scale. Each value is applied as a what-if override and the goal read as the app reads it (probeGoal),
 * so the tie rule and the ranks are the app's own. WSM is solved in closed form between the other models' values
 * (where min–max, max and the like move the column's extremes, the composite bends) and checked; every other
 * method by bisection (see solveLine).
 */
export function benchmarkAnswers(
  scenario: Scenario,
  programme: Programme | null,
  model: string,
  goal: Goal,
  holdsNow: boolean,
): BenchmarkAnswer[] {
  const index = indexDataset(scenario.dataset);
  const overrides = overrideMap(scenario);
  const unused = unusedCriteria(scenario, goal);
  const others = [...new Set([...scenario.alternatives, ...scenario.references, ...roundModels(programme)])].filter(
    (m) => m !== model,
  );
  const sameReport = goal.kind === 'frontier' && programme?.frontier?.sameReport === true;
  return leverBenchmarks(scenario, programme, goal).map((benchmark): BenchmarkAnswer => {
    const b = index.benchmarks.get(benchmark);
    const direction = b?.direction ?? 'higher';
    const scale = b?.scale ?? null;
    const current = scenarioCellValue(scenario, index, overrides, model, benchmark)?.value ?? null;
    const values = others.flatMap((m) => {
      const v = scenarioCellValue(scenario, index, overrides, m, benchmark)?.value;
      return v === undefined ? [] : [v];
    });
    const [worst, best] = searchRange(scale, direction, [...values, ...(current === null ? [] : [current])]);
    const base = {
      benchmark,
      name: b?.name ?? benchmark,
      unit: b?.unit ?? '',
      direction,
      scale,
      current,
      searchedTo: best,
    };
    const none = { value: null, change: null, how: null };
    if (holdsNow) return { ...base, state: 'holds', ...none, obstacle: null };
    if (unused.has(benchmark) || sameReport)
      return { ...base, state: 'not-reachable', ...none, obstacle: sameReport ? 'same-report' : 'not-used' };
    const answer = solveLine({
      from: current ?? worst,
      to: best,
      breakpoints: values,
      additive: scenario.method.name === 'wsm' || goal.kind === 'frontier',
      probe: (x) => probeGoal(withOverride(scenario, model, benchmark, x), programme, model, goal),
    });
    if (!answer.found) return { ...base, state: 'not-reachable', ...none, obstacle: 'not-enough' };
    return {
      ...base,
      state: 'reachable',
      value: answer.value,
      change: current === null ? null : answer.value - current,
      how: answer.how,
      obstacle: null,
    };
  });
}

const roundModels = (programme: Programme | null): string[] => programme?.rounds.flatMap((r) => r.entrants) ?? [];

/**
 * [worst, best] searched for one benchmark: its scale's ends by direction, or for an open scale (no fixed top) the
 * values seen extended by ten times their spread (at least 1) each way.
 */
function searchRange(
  scale: { min: number; max: number } | null,
  direction: Direction,
  values: number[],
): [number, number] {
  let [lo, hi] = scale ? [scale.min, scale.max] : values.length ? [Math.min(...values), Math.max(...values)] : [0, 1];
  if (!scale) {
    const spread = Math.max(1, hi - lo);
    [lo, hi] = [lo - 10 * spread, hi + 10 * spread];
  }
  return direction === 'higher' ? [lo, hi] : [hi, lo];
}
