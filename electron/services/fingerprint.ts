import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Fingerprint } from '../../shared/api/contract';

/** SHA-256 of a file's bytes (FIPS 180-4): what a save checks, so a touch changes nothing but an edit does. */
export const fingerprintOf = (bytes: Uint8Array | string): Fingerprint =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** The fingerprint of the file at `path` (read as a stream: scenarios reach hundreds of MB); null when absent. */
export async function fingerprintFile(path: string): Promise<Fingerprint | null> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return `sha256:${hash.digest('hex')}`;
}
