import { randomBytes } from 'node:crypto';
import { promises as nodeFs } from 'node:fs';
import { lstat, readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations an atomic write needs; tests inject failures through it. */
export interface AtomicFs {
  open(path: string, flags: string, mode?: number): Promise<AtomicFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<{ mode: number }>;
}

interface AtomicFileHandle {
  writeFile(data: Uint8Array | string): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export const nodeAtomicFs: AtomicFs = nodeFs;

/**
 * The temp file sits in the target's folder (same filesystem, so the rename is atomic; no EXDEV):
 * `.<name>.<12 hex digits>.tmp`, hidden from the in-app picker. TEMP_NAME matches exactly that.
 */
const tempPathFor = (target: string): string =>
  join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
export const TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;

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

/** A temp file younger than this may belong to a write still running (another host on the same folder). */
const STALE_TEMP_MS = 60_000;

interface SweepOptions {
  now?: () => Date;
  olderThanMs?: number;
  /** Sub-folder levels searched below each folder (symlinked folders are never followed). */
  depth?: number;
  /** At most this many entries are looked at in all (a workspace may be a large folder). */
  maxEntries?: number;
}

/**
 * Removes the temp files our atomic writes leave when the process is killed mid-write: only names
 * matching TEMP_NAME, only regular files, only older than STALE_TEMP_MS. Returns the paths removed;
 * folders that are missing or unreadable are skipped.
 */
export async function sweepStaleTemps(dirs: string[], options: SweepOptions = {}): Promise<string[]> {
  const cutoff = (options.now?.() ?? new Date()).getTime() - (options.olderThanMs ?? STALE_TEMP_MS);
  let budget = options.maxEntries ?? 20_000;
  const removed: string[] = [];
  const seen = new Set<string>();
  const visit = async (dir: string, depth: number): Promise<void> => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      if (--budget < 0) return;
      const path = join(dir, name);
      const info = await lstat(path).catch(() => null);
      if (!info) continue;
      if (info.isDirectory()) {
        if (depth > 0) await visit(path, depth - 1);
      } else if (info.isFile() && TEMP_NAME.test(name) && info.mtimeMs < cutoff) {
        if (
          await unlink(path).then(
            () => true,
            () => false,
          )
        )
          removed.push(path);
      }
    }
  };
  for (const dir of dirs) await visit(dir, options.depth ?? 4);
  return removed;
}
