import { ProgrammeSchema, programmeIssues, type Programme } from '../../domain/programme';
import type { Scenario } from '../../domain/scenario';
import { WorkbenchError, fromZodError } from '../../api/errors';
import { frontierAnalysis, type FrontierResult } from './frontier';
import { roundProbabilities, type ProbabilityOptions, type ProbabilityResult } from './monte-carlo';
import { evaluateRounds, type RoundOutcome } from './rounds';

interface ProgrammeResult {
  /** The programme-level frontier test of the scenario's alternatives (null without frontier rules). */
  frontier: FrontierResult | null;
  rounds: RoundOutcome[];
  /** The Monte Carlo run merged into rounds[].teams[].probability; null when uncertainty is off. */
  uncertainty: Omit<ProbabilityResult, 'rounds'> | null;
}

/** The scenario's programme, parsed and checked against its dataset; null when it has none. */
export function scenarioProgramme(scenario: Scenario): Programme | null {
  if (scenario.programme === undefined || scenario.programme === null) return null;
  const parsed = ProgrammeSchema.safeParse(scenario.programme);
  if (!parsed.success) throw fromZodError(parsed.error, 'invalid-request', 'programme');
  const issue = programmeIssues(
    parsed.data,
    new Set(scenario.dataset.models.map((m) => m.id)),
    new Set(scenario.dataset.benchmarks.map((b) => b.id)),
  )[0];
  if (issue) {
    const path = issue.path.join('.');
    throw new WorkbenchError('invalid-request', `${path}: ${issue.message}`, path);
  }
  return parsed.data;
}

/**
 * Everything the Rounds and Frontier views show: the frontier test, the rounds with point values,
 * and — when the scenario's uncertainty is enabled — the seeded Monte Carlo probabilities.
 */
export function evaluateProgramme(
  scenario: Scenario,
  programme: Programme,
  progress: Pick<ProbabilityOptions, 'onProgress' | 'isCancelled'> = {},
): ProgrammeResult {
  const frontier = programme.frontier ? frontierAnalysis(scenario, programme.frontier, scenario.alternatives) : null;
  const rounds = evaluateRounds(scenario, programme);
  if (!scenario.uncertainty.enabled || rounds.length === 0) return { frontier, rounds, uncertainty: null };
  const { rounds: probs, ...uncertainty } = roundProbabilities(scenario, programme, {
    samples: scenario.uncertainty.samples,
    seed: scenario.uncertainty.seed,
    benchmarkNoiseSd: programme.benchmarkNoiseSd,
    ...progress,
  });
  const merged = rounds.map((r, i) => ({
    ...r,
    teams: r.teams.map((t) => ({ ...t, probability: probs[i].teams[t.model] ?? null })),
  }));
  return { frontier, rounds: merged, uncertainty };
}
