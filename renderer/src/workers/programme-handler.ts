import { scenarioProgramme } from '../../../shared/evaluation/programme/programme';
import { roundProbabilities } from '../../../shared/evaluation/programme/monte-carlo';
import type { ProbabilityMessage, ProbabilityRequest } from './programme-protocol';

/** At most this many progress messages per run (the engine reports every 256 samples). */
const PROGRESS_STEPS = 100;

/**
 * The worker's message handler, kept free of worker globals so it can be tested directly: checks the
 * scenario's programme, runs the seeded Monte Carlo of its rounds with the scenario's samples and
 * seed, and posts progress, then the result or an error message naming the field at fault.
 * Cancelling is terminating the worker: the run is one synchronous loop.
 */
export function handleProbabilityRequest(req: ProbabilityRequest, post: (m: ProbabilityMessage) => void): void {
  const { id, scenario } = req;
  try {
    const programme = scenarioProgramme(scenario);
    if (!programme || programme.rounds.length === 0) {
      post({ type: 'error', id, message: 'programme.rounds: the scenario has no rounds' });
      return;
    }
    let next = 0;
    const result = roundProbabilities(scenario, programme, {
      samples: scenario.uncertainty.samples,
      seed: scenario.uncertainty.seed,
      benchmarkNoiseSd: programme.benchmarkNoiseSd,
      onProgress: (done, total) => {
        if (done < next && done < total) return;
        next = done + total / PROGRESS_STEPS;
        post({ type: 'progress', id, done, total });
      },
    });
    post({ type: 'result', id, result });
  } catch (e) {
    post({ type: 'error', id, message: e instanceof Error ? e.message : String(e) });
  }
}
