import type { ImportEdit } from '../../../../shared/dataset/import-types';

/** The user's changes in the preview: corrected cells by row and column, and rows to leave out. */
export interface PreviewEdits {
  fixes: Readonly<Record<string, { row: number; column: string; text: string }>>;
  skips: readonly number[];
}

export const NO_EDITS: PreviewEdits = { fixes: {}, skips: [] };

const fixKey = (row: number, column: string) => `${row}\u0000${column}`;

export const fixText = (edits: PreviewEdits, row: number, column: string): string | undefined =>
  edits.fixes[fixKey(row, column)]?.text;

export const withFix = (edits: PreviewEdits, row: number, column: string, text: string): PreviewEdits => ({
  ...edits,
  fixes: { ...edits.fixes, [fixKey(row, column)]: { row, column, text } },
});

export const withSkip = (edits: PreviewEdits, row: number, skip: boolean): PreviewEdits => ({
  ...edits,
  skips: skip ? [...new Set([...edits.skips, row])].sort((a, b) => a - b) : edits.skips.filter((r) => r !== row),
});

/** The edits as the importer takes them; a skipped row's fixes are left out (the row is not read). */
export function toImportEdits(edits: PreviewEdits): ImportEdit[] {
  const skipped = new Set(edits.skips);
  return [
    ...Object.values(edits.fixes).filter((f) => !skipped.has(f.row)),
    ...edits.skips.map((row) => ({ row, skip: true as const })),
  ];
}
