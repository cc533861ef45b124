/** Decodes bytes that are not UTF-8: Korean Excel writes CP949 (a superset of EUC-KR). */
export type LegacyDecoder = (bytes: Uint8Array) => string;

/** WHATWG "euc-kr" is windows-949 (CP949) in browsers, workers and Node. */
const cp949Decoder: LegacyDecoder = (bytes) => new TextDecoder('euc-kr').decode(bytes);

/**
 * Text of a file's bytes: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else CP949.
 * Strict UTF-8 first because CP949 text is almost never valid UTF-8, while ASCII is both.
 */
export function decodeBytes(
  bytes: Uint8Array,
  legacy: LegacyDecoder = cp949Decoder,
): { text: string; encoding: 'utf-8' | 'cp949' } {
  try {
    // ignoreBOM: false (the default) strips a leading BOM.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: legacy(bytes), encoding: 'cp949' };
  }
}
