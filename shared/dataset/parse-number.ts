/**
 * The one reader of numbers typed, pasted or imported (grid cell editor, paste of a block, CSV/TSV/XLSX
 * import), in the conventions of the app's locales (Korean, English): "," groups thousands, "." is the
 * decimal point, and a decimal comma is read only where it cannot be a thousands separator.
 *
 * | input                                            | read as          | rule                                                              |
 * | ------------------------------------------------ | ---------------- | ----------------------------------------------------------------- |
 * | `61.8`, `.5`, `007`                              | 61.8, 0.5, 7     | plain digits, "." is the decimal point                            |
 * | `1.234`                                          | 1.234            | one "." is always the decimal point                               |
 * | `1,234`, `1,234,567`                             | 1234, 1234567    | "," followed by groups of three digits groups thousands           |
 * | `1,234.5`, `1.234,5`                             | 1234.5           | both "." and ",": the last one is the decimal separator           |
 * | `1.234.567`                                      | 1234567          | several "." in groups of three group thousands                    |
 * | `72,5`, `1,23`, `12,3456`, `,5`                  | 72.5, 1.23, …    | one "," not followed by exactly three digits: a decimal comma     |
 * | `0,625`                                          | 0.625            | one "," after a lone 0: a decimal comma (no group follows a 0)    |
 * | `1234,567`, `01,234`                             | ambiguous        | a decimal comma, or a thousands "," out of place: refused         |
 * | `1 234`, `1 234,5`, `1 234.5`                    | 1234, 1234.5     | a space, no-break space, thin or narrow no-break space groups     |
 * | `1,2,3`, `12 34`, `1,234,5`, `1.2.3`             | not a number     | separators out of place                                           |
 * | `61.8%`, `61,8 %`                                | 61.8             | a trailing "%" is dropped: values are in the benchmark's unit     |
 * | `+3`, `-3`, `−3` (U+2212)                        | 3, −3, −3        | one leading sign                                                  |
 * | `１２．５`, `１，２３４`, `－３`                            | 12.5, 1234, −3   | full-width forms (U+FF01–FF5E, U+3000) read as their ASCII        |
 * | `1e3`, `1.5E-3`, `.5e2`                          | 1000, 0.0015, 50 | scientific notation with "." (JSON, XLSX), not with "," or groups |
 * | `""`, `"  "`                                     | empty            | nothing typed (the caller decides: revert, skip, missing)         |
 * | `abc`, `N/A`, `Infinity`, `0x10`, `1e400`, `--1` | not a number     | not a finite number                                               |
 */

export type NumberReading =
  | { kind: 'number'; value: number }
  | { kind: 'empty' }
  /** A decimal comma or a thousands separator out of place (e.g. "1234,567"): the text is not guessed at. */
  | { kind: 'ambiguous' }
  | { kind: 'not-a-number' };

const PLAIN = /^-?\d{1,15}(\.\d{1,15})?$/;
const SCIENTIFIC = /^(\d+\.?\d*|\.\d+)e[+-]?\d+$/i;
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;
const SEPARATED = /^[\d.,\u0020\u00a0\u2009\u202f]+$/;
const SEPARATOR = /[.,\u0020\u00a0\u2009\u202f]/g;
const LEADING_GROUP = /^[1-9]\d{0,2}$/;
const GROUP = /^\d{3}$/;

const asciiOf = (c: string) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const NOT_A_NUMBER: NumberReading = { kind: 'not-a-number' };
const EMPTY: NumberReading = { kind: 'empty' };

function finite(value: number): NumberReading {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  return { kind: 'number', value: value === 0 ? 0 : value }; // −0 reads as 0
}

/** Reads one cell's text by the rules in the table above. */
export function readNumber(raw: string): NumberReading {
  if (PLAIN.test(raw)) return finite(Number(raw)); // the common case, without copies
  const text = raw.replace(FULL_WIDTH, asciiOf).trim();
  if (text === '') return EMPTY;
  const signed = /^[+\-\u2212]/.exec(text);
  const sign = signed && signed[0] !== '+' ? -1 : 1;
  const body = (signed ? text.slice(1) : text).replace(/\s*%$/, '');
  if (SCIENTIFIC.test(body)) return finite(sign * Number(body));
  if (!SEPARATED.test(body)) return NOT_A_NUMBER;
  const groups = body.split(SEPARATOR);
  const separators = (body.match(SEPARATOR) ?? []).map((s) => (s === '.' || s === ',' ? s : ' '));
  const digits = separate(groups, separators);
  return typeof digits === 'string' ? finite(sign * Number(digits)) : digits;
}

/** The number's digits with "." as the decimal point, or why there are none. */
function separate(groups: string[], separators: string[]): string | NumberReading {
  const k = separators.length;
  if (k === 0) return groups[0] === '' ? NOT_A_NUMBER : groups[0];
  if (groups.some((g, i) => g === '' && !(i === 0 && k === 1 && separators[0] !== ' '))) return NOT_A_NUMBER;
  const last = separators[k - 1];
  const earlier = separators.slice(0, -1);
  if (k === 1 && last === '.') return `${groups[0]}.${groups[1]}`;
  if (k === 1 && last === ',') {
    const [head, tail] = groups;
    if (tail.length !== 3 || head === '' || head === '0') return `${head}.${tail}`;
    if (!LEADING_GROUP.test(head)) return { kind: 'ambiguous' };
    return head + tail;
  }
  if (earlier.every((s) => s === last)) return grouped(groups) ? groups.join('') : NOT_A_NUMBER;
  // Two kinds: the earlier ones (all alike) group thousands, the last one is the decimal separator.
  if (last === ' ' || earlier.some((s) => s !== earlier[0])) return NOT_A_NUMBER;
  const whole = groups.slice(0, -1);
  return grouped(whole) ? `${whole.join('')}.${groups[k]}` : NOT_A_NUMBER;
}

/** Thousands groups: a leading group of 1–3 digits (not starting with 0), then groups of exactly three. */
const grouped = (groups: string[]) => LEADING_GROUP.test(groups[0]) && groups.slice(1).every((g) => GROUP.test(g));
