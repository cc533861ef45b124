import type { Scenario } from '../../../shared/domain/scenario';
import type { ProbabilityResult } from '../../../shared/evaluation/programme/monte-carlo';

/** Messages between the Rounds view and the programme worker (structured-cloned plain data). */
export interface ProbabilityRequest {
  type: 'probabilities';
  /** Echoed in every answer, so answers to a superseded run can be told apart. */
  id: number;
  scenario: Scenario;
}

export type ProbabilityMessage =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; result: ProbabilityResult }
  | { type: 'error'; id: number; message: string };
