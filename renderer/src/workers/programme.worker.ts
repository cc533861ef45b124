import { handleProbabilityRequest } from './programme-handler';
import type { ProbabilityMessage, ProbabilityRequest } from './programme-protocol';

/** The dedicated worker that runs the rounds' Monte Carlo off the UI thread. */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ProbabilityRequest>) => void) | null;
  postMessage: (m: ProbabilityMessage) => void;
};

scope.onmessage = (e) => handleProbabilityRequest(e.data, (m) => scope.postMessage(m));
