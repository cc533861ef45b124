import { handleAnalysisRequest } from './analysis-handler';
import type { AnalysisMessage, AnalysisRequest } from './analysis-protocol';

/** The dedicated worker that runs rank acceptability and weight stability off the UI thread. */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage: (m: AnalysisMessage) => void;
};

scope.onmessage = (e) => handleAnalysisRequest(e.data, (m) => scope.postMessage(m));
