import type { CompareValue, ComparisonRow, Section, ValueKind } from './types';

/**
 * Two values are the same when equal, or, for numbers, within 1e-9 of each other relative to the larger (a sum
 * taken in another order is not a difference). NaN never reaches here: the evaluation refuses it.
 */
export function sameValue(a: CompareValue, b: CompareValue): boolean {
  if (typeof a === 'number' && typeof b === 'number')
    return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

export const allSame = (values: readonly CompareValue[]): boolean => values.every((v) => sameValue(v, values[0]));

interface RowSpec {
  section: Section;
  /** The id part of the key (a benchmark id, "round-1.vaetki-112b-a10b"); "" for the scenario as a whole. */
  id: string;
  subject: string;
  context?: string | null;
  field: string;
  kind: ValueKind;
  values: CompareValue[];
}

export function row(spec: RowSpec): ComparisonRow {
  return {
    section: spec.section,
    key: [spec.section, spec.id, spec.field].filter(Boolean).join('.'),
    subject: spec.subject,
    context: spec.context ?? null,
    field: spec.field,
    kind: spec.kind,
    values: spec.values,
    differs: !allSame(spec.values),
  };
}

/** The ids of several lists, each once, in the order first seen (scenario 1's first, then what the others add). */
export function unionIds<T>(lists: readonly (readonly T[])[], id: (item: T) => string): string[] {
  const seen = new Set<string>();
  for (const list of lists) for (const item of list) seen.add(id(item));
  return [...seen];
}

/** The first name a list of scenarios gives an id (the subject of its row), else the id itself. */
export function firstName(names: readonly (ReadonlyMap<string, string> | undefined)[], id: string): string {
  for (const map of names) {
    const name = map?.get(id);
    if (name !== undefined) return name;
  }
  return id;
}
