const PLAIN = /^-?\d{1,15}(\.\d{1,15})?$/;

/**
 * Reads a number as people type it in spreadsheets: "61.8", "61,8" (decimal comma), "1,234.5" and
 * "1.234,5" (grouped thousands), "1 234,5" (space or no-break space groups), "61.8%" (the sign is dropped:
 * values are already in the benchmark's unit), "−3" (Unicode minus). Returns null for anything else.
 * A comma followed by exactly three digits with a leading non-zero group ("1,234") is read as thousands.
 */
export function parseNumber(text: string): number | null {
  if (PLAIN.test(text)) return Number(text); // the common case, without copies
  let s = text.trim().replace(/[\s\u00a0\u202f]+/g, '');
  if (s === '') return null;
  s = s.replace(/^\u2212/, '-').replace(/%$/, '');
  let normalized: string;
  if (/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(s) || /^[-+]?\.\d+$/.test(s)) normalized = s;
  else if (/^[-+]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(s)) normalized = s.replace(/,/g, '');
  else if (/^[-+]?[1-9]\d{0,2}(\.\d{3})+,\d+$/.test(s)) normalized = s.replace(/\./g, '').replace(',', '.');
  else if (/^[-+]?\d+,\d+$/.test(s)) normalized = s.replace(',', '.');
  else return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}
