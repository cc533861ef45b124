import type { Programme } from '../../../shared/domain/programme';
import type { Scenario } from '../../../shared/domain/scenario';
import { scenarioProgramme } from '../../../shared/evaluation/programme/programme';
import type { ProbabilityOptions } from '../../../shared/evaluation/programme/monte-carlo';

/** The answers every programme worker posts besides its result. */
export type JobMessage =
  { type: 'progress'; id: number; done: number; total: number } | { type: 'error'; id: number; message: string };

/**
 * One Monte Carlo job of a programme worker, free of worker globals so it can be tested directly: checks the
 * scenario's programme, runs `run` with the scenario's samples and seed, posts at most `progressSteps` progress
 * messages, then hands the result to `done`; an error message naming the field at fault instead. Cancelling is
 * terminating the worker: the run is one synchronous loop.
 */
export function runProgrammeJob<R>(
  { id, scenario }: { id: number; scenario: Scenario },
  progressSteps: number,
  post: (message: JobMessage) => void,
  run: (programme: Programme, options: ProbabilityOptions) => R,
  done: (result: R) => void,
): void {
  try {
    const programme = scenarioProgramme(scenario);
    if (!programme || programme.rounds.length === 0) {
      post({ type: 'error', id, message: 'programme.rounds: the scenario has no rounds' });
      return;
    }
    let next = 0;
    const result = run(programme, {
      samples: scenario.uncertainty.samples,
      seed: scenario.uncertainty.seed,
      benchmarkNoiseSd: programme.benchmarkNoiseSd,
      onProgress: (count, total) => {
        if (count < next && count < total) return;
        next = count + total / progressSteps;
        post({ type: 'progress', id, done: count, total });
      },
    });
    done(result);
  } catch (e) {
    post({ type: 'error', id, message: e instanceof Error ? e.message : String(e) });
  }
}
