import type { z } from 'zod';
import { WorkbenchError } from '../../shared/api/errors';
import { EngineError } from '../../shared/engine/errors';

/** A dotted field path ("matrix.2.1") for the error envelope; null at the top level. */
export const dotted = (path: readonly PropertyKey[]): string | null =>
  path.length ? path.map(String).join('.') : null;

/** The first zod issue as an invalid-request error naming the field. */
export function zodInputError(error: z.ZodError): WorkbenchError {
  const issue = error.issues[0];
  const path = dotted(issue?.path ?? []);
  return new WorkbenchError('invalid-request', `${path ?? 'input'}: ${issue?.message ?? 'invalid'}`, path);
}

/** Parses with a zod schema or throws the invalid-request error naming the failing field. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw zodInputError(parsed.error);
  return parsed.data;
}

/** Runs engine code, turning its typed errors (bad values, shapes) into invalid-request errors. */
export function engine<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof EngineError)
      throw new WorkbenchError('invalid-request', `${error.code}: ${error.message}`, dotted(error.path));
    throw error;
  }
}
