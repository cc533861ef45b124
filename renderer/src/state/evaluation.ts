import { useScenarioStore } from './scenario-store';
import type { Scenario } from '../../../shared/domain/scenario';
import { evaluateScenario, type Evaluation } from '../../../shared/engine/evaluate';

export type EvaluationResult = { ok: true; evaluation: Evaluation } | { ok: false; message: string };

const cache = new WeakMap<Scenario, EvaluationResult>();

/** Results are derived, never stored: evaluateScenario once per scenario object (every edit makes a new one). */
export function evaluate(scenario: Scenario): EvaluationResult {
  const hit = cache.get(scenario);
  if (hit) return hit;
  let result: EvaluationResult;
  try {
    result = { ok: true, evaluation: evaluateScenario(scenario) };
  } catch (error) {
    result = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  cache.set(scenario, result);
  return result;
}

/** The evaluation of the scenario being edited; null before one is loaded. */
export function useEvaluation(): EvaluationResult | null {
  const scenario = useScenarioStore((s) => s.scenario);
  return scenario ? evaluate(scenario) : null;
}
