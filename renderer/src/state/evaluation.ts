import { useScenarioStore } from './scenario-store';
import type { Scenario } from '../../../shared/domain/scenario';
import {
  evaluateScenario,
  UnrankableError,
  type Evaluation,
  type Unrankable,
} from '../../../shared/evaluation/evaluate';

/**
 * An evaluation, or why there is none: a state the views explain (`unrankable`) or an error message. An unrankable
 * scenario still has its decision matrix (`matrix`: the values and normalized values the Data view shows, which do
 * not depend on weights or method); its scores and ranks are not to be read.
 */
export type EvaluationResult =
  | { ok: true; evaluation: Evaluation }
  | { ok: false; message: string; unrankable: Unrankable | null; matrix: Evaluation | null };

/**
 * The scenario with every weight 1 under WSM (which treats missing cells as WPM does): the same values and
 * normalized values as the scenario's own, for the Data view of a scenario that cannot be ranked.
 */
const matrixOnly = (scenario: Scenario): Scenario => ({
  ...scenario,
  criteria: scenario.criteria.map((c) => ({ ...c, weight: 1 })),
  groups: scenario.groups.map((g) => ({ ...g, weight: 1 })),
  method: { ...scenario.method, name: 'wsm' },
});

const cache = new WeakMap<Scenario, EvaluationResult>();

/** The decision matrix of an unrankable scenario, or null when it cannot be evaluated even so. */
function matrixOf(scenario: Scenario): Evaluation | null {
  try {
    return evaluateScenario(matrixOnly(scenario));
  } catch {
    return null;
  }
}

/** Results are derived, never stored: evaluateScenario once per scenario object (every edit makes a new one). */
export function evaluate(scenario: Scenario): EvaluationResult {
  const hit = cache.get(scenario);
  if (hit) return hit;
  let result: EvaluationResult;
  try {
    result = { ok: true, evaluation: evaluateScenario(scenario) };
  } catch (error) {
    result = {
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      unrankable: error instanceof UnrankableError ? error.reason : null,
      matrix: error instanceof UnrankableError ? matrixOf(scenario) : null,
    };
  }
  cache.set(scenario, result);
  return result;
}

/** The evaluation of the scenario being edited; null before one is loaded. */
export function useEvaluation(): EvaluationResult | null {
  const scenario = useScenarioStore((s) => s.scenario);
  return scenario ? evaluate(scenario) : null;
}

const shareCache = new WeakMap<EvaluationResult, ReadonlyMap<string, number | null>>();

/** Each criterion's weight in use (summing to 1; null when not used), when the scenario ranks: one map per result. */
export function criterionShares(result: EvaluationResult | null): ReadonlyMap<string, number | null> | null {
  if (!result?.ok) return null;
  let shares = shareCache.get(result);
  if (!shares) {
    shares = new Map(result.evaluation.criteria.map((c) => [c.benchmark, c.used ? c.weight : null] as const));
    shareCache.set(result, shares);
  }
  return shares;
}
