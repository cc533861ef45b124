import { roundProbabilities } from '../../../shared/evaluation/programme/monte-carlo';
import { runProgrammeJob } from './programme-job';
import type { ProbabilityMessage, ProbabilityRequest } from './programme-protocol';

/** At most this many progress messages per run (the engine reports every 256 samples). */
const PROGRESS_STEPS = 100;

/** The programme worker's message handler: the seeded Monte Carlo of the scenario's rounds (see runProgrammeJob). */
export function handleProbabilityRequest(req: ProbabilityRequest, post: (m: ProbabilityMessage) => void): void {
  runProgrammeJob(
    req,
    PROGRESS_STEPS,
    post,
    (programme, options) => roundProbabilities(req.scenario, programme, options),
    (result) => post({ type: 'result', id: req.id, result }),
  );
}
