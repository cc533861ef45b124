/**
 * A typed engine error: a stable `code`, a message for people, and the `path` of the offending input
 * (e.g. ['matrix', 2, 1]) so callers can point at the exact field.
 */
type EngineErrorCode =
  | 'shape'
  | 'negative-value'
  | 'zero-value'
  | 'out-of-range'
  | 'missing-value'
  | 'no-reference'
  | 'invalid-weights'
  | 'invalid-pairwise'
  | 'invalid-parameter'
  | 'infeasible';

export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    message: string,
    readonly path: (string | number)[] = [],
  ) {
    super(message);
    this.name = 'EngineError';
  }
}
