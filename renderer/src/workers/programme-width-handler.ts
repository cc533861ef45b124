import { rangeWidthSweep } from '../../../shared/evaluation/programme/range-width';
import { runProgrammeJob } from './programme-job';
import type { WidthMessage, WidthRequest } from './programme-width-protocol';

/** At most this many progress messages per run. */
const PROGRESS_STEPS = 50;

/**
 * The range-width worker's message handler: the rounds' Monte Carlo at each width factor
 * (shared/evaluation/programme/range-width.ts; see runProgrammeJob).
 */
export function handleWidthRequest(req: WidthRequest, post: (m: WidthMessage) => void): void {
  runProgrammeJob(
    req,
    PROGRESS_STEPS,
    post,
    (programme, options) => rangeWidthSweep(req.scenario, programme, req.factors, options),
    (points) => post({ type: 'result', id: req.id, points }),
  );
}
