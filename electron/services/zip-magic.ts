/** A zip file (a .sewb version 2) starts with a local file header, "PK\x03\x04" (PKWARE APPNOTE 4.3.7). */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
