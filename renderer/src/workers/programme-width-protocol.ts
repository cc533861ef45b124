import type { Scenario } from '../../../shared/domain/scenario';
import type { WidthPoint } from '../../../shared/evaluation/programme/range-width';

/** Messages between the Rounds view's range-width chart and its worker (structured-cloned plain data). */
export interface WidthRequest {
  type: 'range-width';
  /** Echoed in every answer, so answers to a superseded run can be told apart. */
  id: number;
  scenario: Scenario;
  factors: number[];
}

export type WidthMessage =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; points: WidthPoint[] }
  | { type: 'error'; id: number; message: string };
