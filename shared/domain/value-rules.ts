/**
 * The rules every number of a dataset follows — an observation's value, standard error and item count, and a
 * scenario's what-if overrides — written once: the dataset and scenario schemas and every importer call these
 * (so an import preview calls a file clean exactly when the dataset it makes would pass the schema).
 */

export type Scale = { min: number; max: number } | null;

type ValueField = 'value' | 'stderr' | 'n';

export interface ValueIssue {
  field: ValueField;
  /** out-of-scale: a value outside the benchmark's scale; invalid: any other rule. */
  rule: 'out-of-scale' | 'invalid';
  /** The rule broken, for a message in the UI's language (shared/dataset/import-types.ts ProblemCode). */
  code: 'value-not-finite' | 'stderr-invalid' | 'n-invalid' | 'value-out-of-scale' | 'stderr-over-half';
  params: Record<string, string | number>;
  message: string;
}

export interface ObservationNumbers {
  value: number;
  stderr: number | null;
  n: number | null;
}

/** True when the value lies outside the scale (bounds included in the scale); an open scale (null) holds anything. */
export const outsideScale = (value: number, scale: Scale): boolean =>
  scale !== null && (value < scale.min || value > scale.max);

/** No issue: one shared empty list, so checking 2,000,000 imported rows allocates nothing for the sound ones. */
const NONE: readonly ValueIssue[] = Object.freeze([]);

const scaleText = (scale: { min: number; max: number }) => `${scale.min}–${scale.max}`;

/** The rules that need no benchmark: a finite value, a finite stderr ≥ 0, a whole n > 0. */
export function numberIssues(o: ObservationNumbers): readonly ValueIssue[] {
  const sound =
    Number.isFinite(o.value) &&
    (o.stderr === null || (Number.isFinite(o.stderr) && o.stderr >= 0)) &&
    (o.n === null || (Number.isSafeInteger(o.n) && o.n > 0));
  if (sound) return NONE;
  const issues: ValueIssue[] = [];
  if (!Number.isFinite(o.value))
    issues.push({
      field: 'value',
      rule: 'invalid',
      code: 'value-not-finite',
      params: { value: String(o.value) },
      message: `a value is a finite number, not ${o.value}`,
    });
  if (o.stderr !== null && !(Number.isFinite(o.stderr) && o.stderr >= 0))
    issues.push({
      field: 'stderr',
      rule: 'invalid',
      code: 'stderr-invalid',
      params: { text: String(o.stderr) },
      message: `a standard error is a finite number ≥ 0, not ${o.stderr}`,
    });
  if (o.n !== null && !(Number.isSafeInteger(o.n) && o.n > 0))
    issues.push({
      field: 'n',
      rule: 'invalid',
      code: 'n-invalid',
      params: { text: String(o.n) },
      message: `an item count is a whole number ≥ 1, not ${o.n}`,
    });
  return issues;
}

/**
 * The rules of the benchmark's scale: the value inside it, and the standard error at most half its width —
 * a quantity bounded in [min, max] has a standard deviation of at most (max − min)/2 (Popoviciu's inequality
 * on variances), and the standard error of a mean is at most that.
 */
export function scaleIssues(o: ObservationNumbers, scale: Scale): readonly ValueIssue[] {
  if (scale === null) return NONE;
  const half = (scale.max - scale.min) / 2;
  if (!outsideScale(o.value, scale) && (o.stderr === null || o.stderr <= half)) return NONE;
  const issues: ValueIssue[] = [];
  if (outsideScale(o.value, scale))
    issues.push({
      field: 'value',
      rule: 'out-of-scale',
      code: 'value-out-of-scale',
      params: { value: o.value, min: scale.min, max: scale.max },
      message: `${o.value} is outside the scale of the benchmark (${scaleText(scale)})`,
    });
  if (o.stderr !== null && o.stderr > half)
    issues.push({
      field: 'stderr',
      rule: 'invalid',
      code: 'stderr-over-half',
      params: { text: String(o.stderr), min: scale.min, max: scale.max, half },
      message: `a standard error on the scale ${scaleText(scale)} is at most ${half} (half its width), not ${o.stderr}`,
    });
  return issues;
}

/** Every rule, for a number read from outside: the scale's rules only once the numbers themselves are sound. */
export function observationIssues(o: ObservationNumbers, scale: Scale): readonly ValueIssue[] {
  const issues = numberIssues(o);
  return issues.length ? issues : scaleIssues(o, scale);
}
