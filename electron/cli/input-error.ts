import type { z } from 'zod';
import { WorkbenchError } from '../../shared/api/errors';
import { EngineError } from '../../shared/engine/errors';

/** A dotted field path ("matrix.2.1") for the error envelope; null at the top level. */
const dotted = (path: readonly PropertyKey[]): string | null => (path.length ? path.map(String).join('.') : null);

/** The first zod issue as an invalid-request error naming the field. */
function zodInputError(error: z.ZodError): WorkbenchError {
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

/** The dotted path of the first NaN or ±Infinity in a JSON-bound value (arrays, typed arrays, objects), or undefined. */
function firstNonFinite(value: unknown, path: PropertyKey[]): PropertyKey[] | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView))
    return firstNonFinite(Array.from(value as unknown as ArrayLike<number>), path);
  if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      const found = firstNonFinite(item, [...path, key]);
      if (found) return found;
    }
  return undefined;
}

/**
 * A result must be finite to be printed (JSON would turn NaN and Infinity into null, which reads as "missing"):
 * otherwise an invalid-request error (exit 2) naming the field of the result.
 */
export function assertFiniteOutput(output: unknown): void {
  const path = firstNonFinite(output, []);
  if (path)
    throw new WorkbenchError(
      'invalid-request',
      `the result ${dotted(path) ?? ''} is not a finite number: the input values are beyond what the method can compute; rescale them`,
      dotted(path),
    );
}
