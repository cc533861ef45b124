import Papa from 'papaparse';
import type { Dataset } from '../domain/dataset';
import type { ImportOptions, ImportResult } from './import-types';
import type { Steps } from './steps';
import { createTableImport } from './table-import';

/** Characters papaparse tries when guessing the delimiter. */
const DELIMITERS = [',', '\t', ';', '|'];
/** The text is read in blocks of about this many characters, cut at line breaks outside quotes. */
const BLOCK_CHARS = 1 << 19;

/** Number of '"' in text[from, to). */
function quotesIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('"', from); i !== -1 && i < to; i = text.indexOf('"', i + 1)) n++;
  return n;
}

/**
 * The end of the block starting at `start`: the first line break after start + BLOCK_CHARS at which the
 * quotes seen so far are balanced (an even count: RFC 4180 escapes a quote as ""), so no quoted field is cut.
 */
function blockEnd(text: string, start: number, linebreak: string): number {
  let end = Math.min(start + BLOCK_CHARS, text.length);
  let quotes = quotesIn(text, start, end);
  for (;;) {
    const next = text.indexOf(linebreak, end);
    const stop = next === -1 ? text.length : next + linebreak.length;
    quotes += quotesIn(text, end, stop);
    end = stop;
    if (quotes % 2 === 0 || end === text.length) return end;
  }
}

/**
 * Imports CSV or TSV text (the delimiter is guessed among , tab ; | unless given, the line break detected,
 * both by papaparse). The text is read block by block so a large file's rows are checked and dropped as they
 * go: a block without quotes is split into lines and cells directly (what papaparse's fastMode does), a
 * block with quotes is parsed by papaparse, so quoted fields may hold delimiters, quotes and line breaks.
 * Blank lines are skipped but keep their row numbers; a leading BOM is ignored. Never throws on bad input.
 * Yields after each block (see steps.ts); options.onProgress hears the characters read so far.
 */
export function* delimitedSteps(
  text: string,
  file: string,
  dataset: Dataset,
  options: ImportOptions,
  delimiter?: string,
): Steps<ImportResult> {
  const table = createTableImport(file, delimiter === '\t' ? 'tsv' : 'csv', dataset, options);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { delimiter: found, linebreak } = Papa.parse<string[]>(body.slice(0, 65536), {
    delimiter: delimiter ?? '',
    delimitersToGuess: DELIMITERS,
    preview: 50,
  }).meta;
  const malformed: { row: number; message: string }[] = [];
  let row = 0;
  for (let start = 0; start < body.length;) {
    const end = blockEnd(body, start, linebreak);
    const block = body.slice(start, end);
    if (!block.includes('"')) {
      for (let at = 0; at < block.length;) {
        const next = block.indexOf(linebreak, at);
        const stop = next === -1 ? block.length : next;
        table.push(block.slice(at, stop).split(found), ++row);
        at = stop + linebreak.length;
      }
    } else {
      const base = row;
      const parsed = Papa.parse<string[]>(block.endsWith(linebreak) ? block.slice(0, -linebreak.length) : block, {
        delimiter: found,
        newline: linebreak as Papa.ParseConfig['newline'],
      });
      for (const error of parsed.errors) malformed.push({ row: base + (error.row ?? 0) + 1, message: error.message });
      for (const cells of parsed.data) table.push(cells, ++row);
    }
    start = end;
    options.onProgress?.(end, body.length);
    yield;
  }
  const result = table.finish();
  for (const m of malformed)
    result.problems.push({
      kind: 'unreadable',
      file,
      row: m.row,
      column: null,
      text: null,
      message: `${file}, row ${m.row}: ${m.message}`,
      code: 'malformed-row',
      params: { reason: m.message },
    });
  return result;
}
