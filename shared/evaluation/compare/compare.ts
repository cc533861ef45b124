import { WorkbenchError } from '../../api/errors';
import type { Programme } from '../../domain/programme';
import { evaluateScenario, UnrankableError, type Evaluation } from '../evaluate';
import { EngineError } from '../../engine/errors';
import { evaluateProgramme, scenarioProgramme } from '../programme/programme';
import { changeLine } from './format';
import { inputRows } from './inputs';
import { outcomeRows, type OutcomeSide } from './outcomes';
import { MAX_COMPARED, MIN_COMPARED, type ComparedScenario, type Comparison, type ScenarioProblem } from './types';

/**
 * Two to four scenarios side by side (issue 11, item 2): the inputs diffed row by row, the outcomes of the existing
 * evaluation (shared/evaluation/evaluate.ts, shared/evaluation/programme/*, the Monte Carlo with each scenario's own
 * seed and samples) side by side, every difference flagged, and a change line per outcome that changes. Derived
 * only; the same scenarios give the same comparison. A scenario that cannot be ranked, or whose programme fails, is
 * compared on what it has, with the reason in `problems`.
 */
export function compareScenarios(compared: readonly ComparedScenario[]): Comparison {
  if (compared.length < MIN_COMPARED || compared.length > MAX_COMPARED)
    throw new WorkbenchError(
      'invalid-request',
      `compare takes ${MIN_COMPARED} to ${MAX_COMPARED} scenarios, not ${compared.length}`,
      'scenarios',
    );
  const problems: ScenarioProblem[] = [];
  const sides = compared.map(({ scenario }, i) => {
    let evaluation: Evaluation | null = null;
    try {
      evaluation = evaluateScenario(scenario);
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      problems.push({
        scenario: i,
        part: 'ranking',
        message: error.message,
        ...(error instanceof UnrankableError && { unrankable: error.reason }),
      });
    }
    let programme: Programme | null = null;
    let result: ReturnType<typeof evaluateProgramme> | null = null;
    try {
      programme = scenarioProgramme(scenario);
      result = programme ? evaluateProgramme(scenario, programme) : null;
    } catch (error) {
      if (!(error instanceof WorkbenchError || error instanceof EngineError)) throw error;
      problems.push({ scenario: i, part: 'programme', message: error.message });
      programme = null;
    }
    const weights = evaluation ? new Map(evaluation.criteria.map((c) => [c.benchmark, c.weight])) : null;
    const outcome: OutcomeSide = {
      modelNames: new Map(scenario.dataset.models.map((m) => [m.id, m.name])),
      evaluation,
      frontier: result?.frontier ?? null,
      rounds: result?.rounds ?? [],
      uncertainty: result?.uncertainty != null,
    };
    return { input: { scenario, programme, weights }, outcome };
  });
  const inputs = inputRows(sides.map((s) => s.input));
  const outcomes = outcomeRows(sides.map((s) => s.outcome));
  const roundCount = new Set(outcomes.filter((r) => r.section === 'round-outcome').map((r) => r.context)).size;
  return {
    scenarios: compared.map((c) => ({ name: c.name, scenarioName: c.scenario.name })),
    inputs,
    outcomes,
    changes: outcomes.filter((r) => r.differs).map((r) => changeLine(r, roundCount > 1)),
    problems,
  };
}
