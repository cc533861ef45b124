import type { ComparedScenario, Comparison } from '../../../shared/evaluation/compare';

/** Messages between the Compare view and the compare worker (structured-cloned plain data). */
export interface CompareRequest {
  type: 'compare';
  documents: ComparedScenario[];
}

export type CompareMessage = { type: 'result'; comparison: Comparison } | { type: 'error'; message: string };
