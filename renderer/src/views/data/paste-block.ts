import type { TFunction } from 'i18next';
import Papa from 'papaparse';
import type { Benchmark } from '../../../../shared/domain/dataset';
import { MODELS_NS } from '../../i18n';
import { parseCellInput } from './parse-cell-input';

interface PasteCell {
  model: string;
  benchmark: string;
  value: number;
}

/** One refused cell of the pasted block: `row`/`column` count from 1 inside the block, names are display names. */
interface PasteProblem {
  row: number;
  column: number;
  /** null when the cell falls below the last model. */
  model: string | null;
  /** null when the cell falls right of the last benchmark (or below the last model). */
  benchmark: string | null;
  text: string;
  message: string;
}

export type PasteOutcome = { ok: true; cells: PasteCell[] } | { ok: false; problems: PasteProblem[] };

interface Target {
  id: string;
  name: string;
}

/**
 * Reads a block copied from Excel or Google Sheets (tab-separated, CRLF or LF, Excel's quoting of
 * cells holding tabs, newlines or quotes) and maps block cell (i, j) to rows[start.row + i] ×
 * columns[start.col + j]. Empty cells are skipped; numbers follow parseCellInput (the importer's rules,
 * shared/dataset/parse-number.ts, and the benchmark's scale when the column gives one). Any problem refuses the whole block.
 */
export function pasteBlock(
  text: string,
  start: { row: number; col: number },
  rows: Target[],
  columns: (Target & Partial<Pick<Benchmark, 'scale'>>)[],
  t: TFunction,
): PasteOutcome {
  const cells: PasteCell[] = [];
  const problems: PasteProblem[] = [];
  readBlock(text).forEach((line, i) =>
    line.forEach((raw, j) => {
      if (raw.trim() === '') return;
      const position = { row: i + 1, column: j + 1, text: raw };
      const model = rows[start.row + i];
      const column = columns[start.col + j];
      if (!model) {
        const message = t('paste.pastLastRow', { ns: MODELS_NS, ...position });
        problems.push({ ...position, model: null, benchmark: null, message });
        return;
      }
      if (!column) {
        const message = t('paste.pastLastColumn', { ns: MODELS_NS, ...position, model: model.name });
        problems.push({ ...position, model: model.name, benchmark: null, message });
        return;
      }
      const names = { model: model.name, benchmark: column.name };
      const input = parseCellInput(raw, { scale: column.scale ?? null });
      if (input.kind === 'value') {
        cells.push({ model: model.id, benchmark: column.id, value: input.value });
        return;
      }
      const message =
        input.kind === 'out-of-scale'
          ? t('paste.outOfScale', { ns: MODELS_NS, ...position, ...names, min: input.min, max: input.max })
          : t(input.kind === 'ambiguous' ? 'paste.ambiguous' : 'paste.notANumber', {
              ns: MODELS_NS,
              ...position,
              ...names,
            });
      problems.push({ ...position, ...names, message });
    }),
  );
  return problems.length ? { ok: false, problems } : { ok: true, cells };
}

/** The block's rows of cells (the line break after the last row reads as one more row of empty cells). */
function readBlock(text: string): string[][] {
  return Papa.parse<string[]>(text, { delimiter: '\t', quoteChar: '"', header: false }).data;
}
