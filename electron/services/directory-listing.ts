import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DirEntry } from '../../shared/api/contract';
import { toIoError } from './io-error';

/**
 * The visible entries of a folder for the in-app file picker: folders first, then files, by name. Hidden
 * entries (a leading dot, such as atomic-write temp files) and anything that is neither file nor folder
 * are left out; links are described by what they point to.
 */
export async function listEntries(dir: string): Promise<DirEntry[]> {
  const names = await readdir(dir).catch((error: unknown) => {
    throw toIoError(error, dir, 'list the folder');
  });
  const entries: DirEntry[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (!info || !(info.isFile() || info.isDirectory())) continue;
    entries.push({
      name,
      path,
      kind: info.isDirectory() ? 'directory' : 'file',
      size: info.isDirectory() ? 0 : info.size,
      modifiedAt: info.mtime.toISOString(),
    });
  }
  return entries.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'directory' ? -1 : 1));
}
