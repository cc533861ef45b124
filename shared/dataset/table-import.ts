import type { Dataset } from '../domain/dataset';
import { headerRole } from './columns';
import { createImportBuilder, type FieldCell, type ReadObservation } from './import-builder';
import type { ColumnRole, ImportEdit, ImportFormat, ImportOptions, ImportResult, ProblemWhy } from './import-types';
import { readNumber, type NumberReading } from './parse-number';

/** Headers made unique ("score", "score (2)") so a mapping can name every column. */
function uniqueHeaders(cells: readonly string[]): string[] {
  const count = new Map<string, number>();
  return cells.map((c, i) => {
    const h = c.trim() || `column ${i + 1}`;
    const k = (count.get(h) ?? 0) + 1;
    count.set(h, k);
    return k === 1 ? h : `${h} (${k})`;
  });
}

const isBlank = (cells: readonly string[]) => {
  for (const c of cells) if (c !== '' && c.trim() !== '') return false;
  return true;
};

/**
 * Imports a table row by row (so 2,000,000 rows need not be held): the first non-blank row is the header,
 * every later row is data. Long layout = one observation a row (model, benchmark, value columns); wide
 * layout = a model column and one column per benchmark. Rows are numbered as the caller counts them
 * (spreadsheet rows, header = 1). Edits from a preview replace cells or skip rows before anything is read.
 */
export function createTableImport(file: string, format: ImportFormat, dataset: Dataset, options: ImportOptions) {
  const b = createImportBuilder(file, format, dataset, options);
  const edits = new Map<number, ImportEdit[]>();
  for (const e of options.edits ?? []) edits.set(e.row, [...(edits.get(e.row) ?? []), e]);
  const measuredByDefault = options.measuredBy ?? 'unknown';

  let headers: string[] | null = null;
  const col: Partial<Record<ColumnRole, number>> = {};
  let scores: { index: number; header: string; benchmark: string }[] = [];
  let usable = true;
  let rowCount = 0;
  let skippedRows = 0;
  let defaultSource: string | null = null;

  function readHeader(cells: string[]): void {
    headers = uniqueHeaders(cells);
    const roles = headers.map((h) => b.mapping.columns[h] ?? headerRole(h));
    const has = (r: ColumnRole) => roles.includes(r);
    if (!options.mapping?.layout) b.mapping.layout = has('model') && has('benchmark') && has('value') ? 'long' : 'wide';
    const wide = b.mapping.layout === 'wide';
    // A wide table whose model column has no header word: the first column, unless it names a benchmark.
    if (wide && !has('model') && roles[0] === null && b.benchmark(headers[0], null, headers[0], true) === null)
      roles[0] = 'model';
    headers.forEach((h, i) => {
      const role = roles[i] ?? (wide ? 'score' : 'ignore');
      b.mapping.columns[h] = role;
      if (role !== 'score' && role !== 'ignore' && col[role] === undefined) col[role] = i;
    });
    const required: ColumnRole[] = wide ? ['model'] : ['model', 'benchmark', 'value'];
    for (const role of required)
      if (col[role] === undefined) {
        usable = false;
        b.problem('missing-column', 1, null, null, `no ${role} column (headers: ${headers.join(', ')})`, {
          code: 'missing-column',
          params: { role, headers: headers.join(', ') },
        });
      }
    if (!wide || !usable) return;
    scores = headers.flatMap((h, index) => {
      if (b.mapping.columns[h] !== 'score') return [];
      const id = b.benchmark(h, 1, h);
      if (id === null || id === 'skip') {
        if (id === 'skip') b.mapping.benchmarks[h] = null;
        return [];
      }
      b.mapping.benchmarks[h] ??= id;
      return [{ index, header: h, benchmark: id }];
    });
  }

  /** The row being read, and where its stderr and n are (for add()'s problems, reported while it is read). */
  let rowCells: string[] = [];
  const locate = (field: 'stderr' | 'n'): FieldCell | undefined => {
    const i = col[field];
    return i === undefined ? undefined : { column: headers![i], text: (rowCells[i] ?? '').trim() };
  };

  /** Why a cell's text is not a number, for the problem's message (the rules: parse-number.ts). */
  const unreadable = (text: string, reading: NumberReading) =>
    reading.kind === 'ambiguous'
      ? `"${text}" is ambiguous (a decimal comma, or a thousands "," out of place): write it with a decimal point, or with "," every three digits`
      : `"${text}" is not a number`;

  const unreadableWhy = (text: string, reading: NumberReading, field: string): ProblemWhy => ({
    code: reading.kind === 'ambiguous' ? 'ambiguous-number' : 'not-a-number',
    params: { text, field },
  });

  /** A stderr or n cell: null when blank, undefined (after a problem) when not a number; its rules are checked by add(). */
  const optionalNumber = (cells: string[], role: 'stderr' | 'n', row: number): number | null | undefined => {
    const i = col[role]!;
    const text = (cells[i] ?? '').trim();
    const reading = readNumber(text);
    if (reading.kind === 'empty') return null;
    if (reading.kind === 'number') return reading.value;
    b.problem(
      'not-a-number',
      row,
      headers![i],
      text,
      `${role} ${unreadable(text, reading)}`,
      unreadableWhy(text, reading, role),
    );
    return undefined;
  };

  /** A column's trimmed text, interned (settings, measurers, notes repeat on many rows); "" when absent. */
  const text = (cells: string[], role: ColumnRole): string => {
    const i = col[role];
    return i === undefined ? '' : b.intern((cells[i] ?? '').trim());
  };

  function value(raw: string, row: number, column: string): number | null {
    const reading = readNumber(raw);
    if (reading.kind === 'number') return reading.value;
    const t = raw.trim();
    if (reading.kind === 'empty')
      b.problem('missing-value', row, column, raw, 'the value is empty', { code: 'value-empty' });
    else b.problem('not-a-number', row, column, raw, unreadable(t, reading), unreadableWhy(t, reading, 'value'));
    return null;
  }

  function readRow(cells: string[], row: number): void {
    const hdr = headers!;
    const model = b.model(cells[col.model!] ?? '', row, hdr[col.model!]);
    if (model === 'skip') {
      skippedRows++;
      return;
    }
    const stderr = col.stderr === undefined ? null : optionalNumber(cells, 'stderr', row);
    const n = col.n === undefined ? null : optionalNumber(cells, 'n', row);
    const sourceRef = col.source === undefined ? '' : text(cells, 'source');
    const source = sourceRef
      ? b.source(sourceRef, text(cells, 'sourceKind'), null, row, hdr[col.source!])
      : (defaultSource ??= b.fileSource());
    const ok = model !== null && stderr !== undefined && n !== undefined && source !== null;
    rowCells = cells;
    const setting = text(cells, 'setting') || 'default';
    const measuredBy = text(cells, 'measuredBy') || measuredByDefault;
    const reportedAs = text(cells, 'reportedAs') || null;
    const note = text(cells, 'note');
    const read = (benchmark: string, v: number): ReadObservation => ({
      id: '',
      model: model as string,
      setting,
      benchmark,
      value: v,
      stderr: stderr ?? null,
      n: n ?? null,
      measuredBy,
      source: source as string,
      reportedAs,
      note,
    });
    if (b.mapping.layout === 'long') {
      const benchmark = b.benchmark(cells[col.benchmark!] ?? '', row, hdr[col.benchmark!]);
      if (benchmark === 'skip') {
        skippedRows++;
        return;
      }
      const column = hdr[col.value!];
      const raw = cells[col.value!] ?? '';
      const v = value(raw, row, column);
      if (ok && benchmark !== null && v !== null) b.add(read(benchmark, v), row, column, raw, locate);
      return;
    }
    for (const s of scores) {
      const raw = cells[s.index] ?? '';
      if (raw.trim() === '') continue; // a wide table leaves cells blank where nothing was measured
      const v = value(raw, row, s.header);
      if (ok && v !== null) b.add(read(s.benchmark, v), row, s.header, raw, locate);
    }
  }

  return {
    /** One record of the table; `row` is its 1-based number in the file. */
    push(cells: string[], row: number): void {
      const rowEdits = edits.size ? edits.get(row) : undefined;
      if (rowEdits) {
        if (rowEdits.some((e) => 'skip' in e)) {
          skippedRows++;
          return;
        }
        cells = [...cells];
        for (const e of rowEdits)
          if ('text' in e && headers) {
            const i = headers.indexOf(e.column);
            if (i >= 0) cells[i] = e.text;
          }
      }
      if (isBlank(cells)) return;
      if (!headers) return readHeader(cells);
      rowCount++;
      if (usable) readRow(cells, row);
    },
    finish(): ImportResult {
      if (!headers) b.problem('empty', null, null, null, 'the table has no header row', { code: 'no-header-row' });
      return b.result(rowCount, skippedRows);
    },
  };
}
