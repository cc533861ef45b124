import { useScenarioStore } from './scenario-store';
import type { Scenario } from '../../../shared/domain/scenario';
import {
  evaluateMatrix,
  evaluateScenario,
  UnrankableError,
  type Evaluation,
  type MatrixEvaluation,
  type Unrankable,
} from '../../../shared/evaluation/evaluate';

/**
 * An evaluation, or why there is none: a state the views explain (`unrankable`) or an error message. An unrankable
 * scenario still has its decision matrix (useMatrix: the values and normalized values the Data view shows).
 */
export type EvaluationResult =
  { ok: true; evaluation: Evaluation } | { ok: false; message: string; unrankable: Unrankable | null };

const cache = new WeakMap<Scenario, EvaluationResult>();

/**
 * The decision matrix of a scenario without its ranking (evaluateMatrix: what the Data view and the objective
 * weightings read; an unrankable scenario has one too); null when even that cannot be made (the views then show the
 * evaluation's message).
 */
export function matrixOf(scenario: Scenario): MatrixEvaluation | null {
  try {
    return evaluateMatrix(scenario);
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
    };
  }
  cache.set(scenario, result);
  return result;
}

/** The decision matrix of the scenario being edited (not ranked); null before one is loaded or without one. */
export function useMatrix(): MatrixEvaluation | null {
  const scenario = useScenarioStore((s) => s.scenario);
  return scenario ? matrixOf(scenario) : null;
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
