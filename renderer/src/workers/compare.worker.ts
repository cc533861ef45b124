import { handleCompareRequest } from './compare-handler';
import type { CompareMessage, CompareRequest } from './compare-protocol';

/** The dedicated worker that compares scenarios (evaluations and Monte Carlo runs) off the UI thread. */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<CompareRequest>) => void) | null;
  postMessage: (m: CompareMessage) => void;
};

scope.onmessage = (e) => handleCompareRequest(e.data, (m) => scope.postMessage(m));
