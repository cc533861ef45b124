import { scenarioProgramme } from '../../../shared/evaluation/programme/programme';
import { rangeWidthSweep } from '../../../shared/evaluation/programme/range-width';
import type { WidthMessage, WidthRequest } from './programme-width-protocol';

/** At most this many progress messages per run. */
const PROGRESS_STEPS = 50;

/**
 * The range-width worker's message handler, free of worker globals so it can be tested directly: the rounds'
 * Monte Carlo at each width factor with the scenario's samples and seed (shared/evaluation/programme/range-width.ts),
 * progress, then the result or an error message naming the field at fault.
 */
export function handleWidthRequest(req: WidthRequest, post: (m: WidthMessage) => void): void {
  const { id, scenario, factors } = req;
  try {
    const programme = scenarioProgramme(scenario);
    if (!programme || programme.rounds.length === 0) {
      post({ type: 'error', id, message: 'programme.rounds: the scenario has no rounds' });
      return;
    }
    let next = 0;
    const points = rangeWidthSweep(scenario, programme, factors, {
      samples: scenario.uncertainty.samples,
      seed: scenario.uncertainty.seed,
      benchmarkNoiseSd: programme.benchmarkNoiseSd,
      onProgress: (done, total) => {
        if (done < next && done < total) return;
        next = done + total / PROGRESS_STEPS;
        post({ type: 'progress', id, done, total });
      },
    });
    post({ type: 'result', id, points });
  } catch (e) {
    post({ type: 'error', id, message: e instanceof Error ? e.message : String(e) });
  }
}
