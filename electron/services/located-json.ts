import { WorkbenchError } from '../../shared/api/errors';
import { jsonErrorOffset, lineColumn } from './json-error-position';

/** V8's reason without its position and text excerpt (the place is reported as line and column). */
const jsonReason = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error))
    .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n');

/**
 * JSON.parse of a file's text (a leading byte order mark skipped); a syntax error is refused naming `where`, the
 * line and the column: `where: not valid JSON at line 3, column 13 (…)`, path `where:3:13`.
 */
export function parseLocatedJson(text: string, where: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    const { line, column } = lineColumn(body, jsonErrorOffset(body) ?? 0);
    throw new WorkbenchError(
      'invalid-file',
      `${where}: not valid JSON at line ${line}, column ${column} (${jsonReason(error)})`,
      `${where}:${line}:${column}`,
    );
  }
}
