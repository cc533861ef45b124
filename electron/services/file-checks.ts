import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Fingerprint } from '../../shared/api/contract';
import { WorkbenchError } from '../../shared/api/errors';
import { fingerprintFile } from './fingerprint';
import { toIoError } from './io-error';

/** The same error with the request field it came from in front: "path: x.sewb: no such file or folder". */
function inField(field: string, error: unknown, path: string): WorkbenchError {
  const known = toIoError(error, path, 'reach the file');
  return new WorkbenchError(known.code, `${field}: ${known.message}`, known.path);
}

/** Errors of `work` named after the request field `field` (whose value was `path`). */
export const forField = <T>(field: string, path: string, work: () => Promise<T>): Promise<T> =>
  work().catch((error: unknown) => {
    throw inField(field, error, path);
  });

const kindOf = async (path: string) => {
  const info = await stat(path).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  });
  return info === null ? 'missing' : info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'other';
};

/** `path` is an existing regular file (checked before reading it). */
export async function expectFile(path: string): Promise<void> {
  const kind = await kindOf(path);
  if (kind === 'missing') throw new WorkbenchError('not-found', `${path}: no such file`, path);
  if (kind !== 'file') throw new WorkbenchError('invalid-request', `${path}: is a folder, not a file`, path);
}

/** `path` is an existing folder (checked before listing it). */
export async function expectFolder(path: string): Promise<void> {
  const kind = await kindOf(path);
  if (kind === 'missing') throw new WorkbenchError('not-found', `${path}: no such folder`, path);
  if (kind !== 'folder') throw new WorkbenchError('invalid-request', `${path}: is a file, not a folder`, path);
}

/** `path` may be written: its folder exists and it is not itself a folder (checked before any work is done). */
export async function expectWritable(path: string): Promise<void> {
  const folder = dirname(path);
  if ((await kindOf(folder)) !== 'folder')
    throw new WorkbenchError('not-found', `${path}: the folder ${folder} does not exist`, path);
  const kind = await kindOf(path);
  if (kind !== 'missing' && kind !== 'file')
    throw new WorkbenchError('invalid-request', `${path}: is a folder, not a file`, path);
}

/**
 * The file on disk is still the one the document knows: `expected` is the fingerprint it opened or last
 * saved, null for a file it has never seen (Save As), which must not exist yet.
 */
export async function expectUnchanged(path: string, expected: Fingerprint | null): Promise<void> {
  const current = await fingerprintFile(path).catch((error: unknown) => {
    throw toIoError(error, path, 'check the file before saving');
  });
  if (expected === null) {
    if (current !== null)
      throw new WorkbenchError('exists', `${path}: a file of this name is already there; replace it?`, path);
    return;
  }
  if (current === null)
    throw new WorkbenchError('conflict', `${path}: was deleted or moved since this document opened it`, path);
  if (current !== expected)
    throw new WorkbenchError(
      'conflict',
      `${path}: changed on disk since this document opened or last saved it (another page or program saved it)`,
      path,
    );
}

/** Runs writes to one file one after another, so a check and its write are never interleaved with another's. */
export function createFileLocks(): <T>(path: string, work: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<unknown>>();
  return (path, work) => {
    const run = (tails.get(path) ?? Promise.resolve()).then(work);
    const tail = run.catch(() => undefined);
    tails.set(path, tail);
    void tail.then(() => tails.get(path) === tail && tails.delete(path));
    return run;
  };
}
