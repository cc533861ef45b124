import { useScenarioStore } from './scenario-store';
import type { Scenario } from '../../../shared/domain/scenario';
import { evaluateScenario, UnrankableError, type Evaluation, type Unrankable } from '../../../shared/engine/evaluate';

/** An evaluation, or why there is none: a state the views explain (`unrankable`) or an error message. */
export type EvaluationResult =
  { ok: true; evaluation: Evaluation } | { ok: false; message: string; unrankable: Unrankable | null };

const cache = new WeakMap<Scenario, EvaluationResult>();

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

/** The evaluation of the scenario being edited; null before one is loaded. */
export function useEvaluation(): EvaluationResult | null {
  const scenario = useScenarioStore((s) => s.scenario);
  return scenario ? evaluate(scenario) : null;
}
