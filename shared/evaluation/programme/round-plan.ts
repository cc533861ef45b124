import type { Direction } from '../../domain/dataset';
import type {
  Component,
  FrontierRules,
  Gate,
  PointsEntry,
  PointsScheme,
  Programme,
  Round,
} from '../../domain/programme';
import type { Scenario } from '../../domain/scenario';
import { indexDataset } from '../../dataset/index';
import { WorkbenchError } from '../../api/errors';
import { entryMap } from './points';
import { overrideMap, scenarioCellValue } from './values';

/** One round with its rules looked up: the scheme, entries by "model|component", gates, frontier rules. */
export interface RoundPlan {
  round: Round;
  /** "programme.rounds.<i>", for messages. */
  path: string;
  scheme: PointsScheme;
  entries: Map<string, PointsEntry>;
  gates: Gate[];
  frontierRules: FrontierRules | null;
  computed: { component: Component; directions: Direction[] }[];
}

export function planRounds(scenario: Scenario, programme: Programme): RoundPlan[] {
  const index = indexDataset(scenario.dataset);
  return programme.rounds.map((round, i) => {
    const path = `programme.rounds.${i}`;
    const scheme = programme.schemes.find((s) => s.id === round.scheme);
    if (!scheme)
      throw new WorkbenchError('invalid-request', `${path}.scheme: unknown points scheme ${round.scheme}`, path);
    const gates = round.gates.map((id) => {
      const gate = programme.gates.find((g) => g.id === id);
      if (!gate) throw new WorkbenchError('invalid-request', `${path}.gates: unknown gate ${id}`, path);
      return gate;
    });
    const computed = scheme.components.flatMap((component) =>
      component.computed
        ? [
            {
              component,
              directions: component.computed.benchmarks.map(
                (b) => index.benchmarks.get(b.benchmark)?.direction ?? 'higher',
              ),
            },
          ]
        : [],
    );
    return {
      round,
      path,
      scheme,
      entries: entryMap(round.entries),
      gates,
      frontierRules: round.frontier ?? programme.frontier,
      computed,
    };
  });
}

/**
 * Benchmark values (NaN = missing) of the given teams for one computed component, row-major
 * teams × benchmarks, through the scenario's observation policy and overrides; `noise` (if given)
 * is added to each present value.
 */
export function benchmarkMatrix(
  lookup: (model: string, benchmark: string) => number,
  benchmarks: readonly { benchmark: string }[],
  teams: readonly string[],
  noise?: () => number,
): Float64Array {
  const k = benchmarks.length;
  const out = new Float64Array(teams.length * k);
  teams.forEach((t, r) => {
    for (let j = 0; j < k; j++) {
      const v = lookup(t, benchmarks[j].benchmark);
      out[r * k + j] = noise && !Number.isNaN(v) ? v + noise() : v;
    }
  });
  return out;
}

/** A memoised cell lookup for a scenario: the value, or NaN when missing. */
export function cellLookup(scenario: Scenario): (model: string, benchmark: string) => number {
  const index = indexDataset(scenario.dataset);
  const overrides = overrideMap(scenario);
  const memo = new Map<string, number>();
  return (model, benchmark) => {
    const key = `${model}|${benchmark}`;
    let v = memo.get(key);
    if (v === undefined) {
      v = scenarioCellValue(scenario, index, overrides, model, benchmark)?.value ?? Number.NaN;
      memo.set(key, v);
    }
    return v;
  };
}
