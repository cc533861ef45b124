import { randomBytes } from 'node:crypto';
import { promises as nodeFs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file operations an atomic write needs; tests inject failures through it. */
export interface AtomicFs {
  open(path: string, flags: string, mode?: number): Promise<AtomicFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<{ mode: number }>;
}

export interface AtomicFileHandle {
  writeFile(data: Uint8Array | string): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export const nodeAtomicFs: AtomicFs = nodeFs;

/** The temp file sits in the target's folder (same filesystem, so the rename is atomic; no EXDEV). */
const tempPathFor = (target: string): string =>
  join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);

/**
 * Writes `data` to `target` so that a crash or failure leaves either the old file or the new one, never a
 * torn one: write a temp file in the same folder, fsync, close, rename over the target, fsync the folder.
 * On any failure the temp file is removed and the error is rethrown; the old file is untouched.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string, fs = nodeAtomicFs): Promise<void> {
  const temp = tempPathFor(target);
  const mode = await fs.stat(target).then(
    (s) => s.mode & 0o777,
    () => 0o644,
  );
  let handle: AtomicFileHandle | null = null;
  try {
    handle = await fs.open(temp, 'wx', mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(temp, target);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(target), fs);
}

/** Makes the rename durable; folders cannot be opened for fsync on some systems (Windows), which is fine. */
async function syncDirectory(dir: string, fs: AtomicFs): Promise<void> {
  const handle = await fs.open(dir, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}
