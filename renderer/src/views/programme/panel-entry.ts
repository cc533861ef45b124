import type { PointsEntry } from '../../../../shared/domain/programme';

export type EntryValue = { kind: 'exact'; points: number } | { kind: 'range'; lo: number; hi: number };

/** Why a typed panel score was refused; the view words it with the model and component. */
type EntryProblem =
  | { problem: 'not-a-number'; text: string }
  | { problem: 'negative'; value: number }
  | { problem: 'empty-range'; lo: number; hi: number }
  | { problem: 'above-max'; value: number; max: number };

/**
 * Reads a typed panel score: "" = no entry, "27.5" = exact points, "24.8–30.8" (en dash, hyphen or
 * "~") = an undisclosed score known only as a range. Every value must lie in [0, max] and lo ≤ hi.
 */
export function parseEntry(text: string, max: number): { problem: null; entry: EntryValue | null } | EntryProblem {
  const trimmed = text.trim();
  if (trimmed === '') return { problem: null, entry: null };
  const parts = trimmed.split(/\s*(?:–|—|~|(?<=\d)\s*-\s*(?=\d))\s*/);
  const numbers = parts.map((p) => (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(p) ? Number(p) : NaN));
  const bad = parts.find((_, i) => Number.isNaN(numbers[i]));
  if (bad !== undefined || parts.length > 2) return { problem: 'not-a-number', text: trimmed };
  const negative = numbers.find((n) => n < 0);
  if (negative !== undefined) return { problem: 'negative', value: negative };
  const above = numbers.find((n) => n > max + 1e-9);
  if (above !== undefined) return { problem: 'above-max', value: above, max };
  if (numbers.length === 1) return { problem: null, entry: { kind: 'exact', points: numbers[0] } };
  const [lo, hi] = numbers;
  if (lo > hi) return { problem: 'empty-range', lo, hi };
  return { problem: null, entry: lo === hi ? { kind: 'exact', points: lo } : { kind: 'range', lo, hi } };
}

/** The text an entry is shown as in the grid (what parseEntry reads back). */
export const entryText = (e: PointsEntry | undefined): string =>
  !e ? '' : e.kind === 'exact' ? String(e.points) : `${e.lo}–${e.hi}`;
