import { compareScenarios } from '../../../shared/evaluation/compare';
import type { CompareMessage, CompareRequest } from './compare-protocol';

/**
 * The compare worker's message handler, free of worker globals so it can be tested directly: the comparison of the
 * documents (with each scenario's seeded Monte Carlo), or the message of why there is none.
 */
export function handleCompareRequest(req: CompareRequest, post: (m: CompareMessage) => void): void {
  try {
    post({ type: 'result', comparison: compareScenarios(req.documents) });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
