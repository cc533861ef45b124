import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { WorkbenchError } from '../../shared/api/errors';
import { toIoError } from './io-error';
import type { PathPolicy } from './ports';

/** True when `path` is `root` or lies under it; the trailing separator keeps "/work-evil" out of "/work". */
export const isInside = (path: string, root: string): boolean =>
  path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

const missing = (error: unknown): boolean => {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
};

/**
 * The real location of `path`: symlinks resolved in every existing part; a part that does not exist yet
 * (a file about to be saved) is appended to its real parent. A dangling symlink is refused, because where
 * it leads is only decided later.
 */
export async function realLocation(path: string): Promise<string> {
  const tail: string[] = [];
  let current = path;
  for (;;) {
    try {
      return join(await realpath(current), ...tail);
    } catch (error) {
      if (!missing(error)) throw error;
      if (
        await lstat(current).then(
          (s) => s.isSymbolicLink(),
          () => false,
        )
      )
        throw new WorkbenchError('forbidden', `${path}: a link to a place that does not exist`, path);
      const parent = dirname(current);
      if (parent === current) return join(current, ...tail);
      tail.unshift(basename(current));
      current = parent;
    }
  }
}

/**
 * The browser host's policy: every path (relative ones against the workspace) must really lie inside
 * one of `read` roots to be read, inside one of `write` roots to be written, after symlinks are resolved.
 */
export function createConfinedPolicy(options: { workspace: string; read: string[]; write: string[] }): PathPolicy {
  const check = async (path: string, roots: string[], action: string): Promise<string> => {
    const real = await realLocation(resolve(options.workspace, path)).catch((error: unknown) => {
      throw toIoError(error, path, 'follow the path');
    });
    for (const root of roots) if (isInside(real, await realLocation(resolve(root)))) return real;
    throw new WorkbenchError('forbidden', `${path}: outside the folders this host may ${action}`, path);
  };
  return {
    resolveRead: (path) => check(path, options.read, 'read'),
    resolveWrite: (path) => check(path, options.write, 'write'),
    grant: () => undefined,
  };
}

/**
 * The desktop policy: files the user picked in a native dialog or handed to the app (granted), and files
 * in the recent list, which the user opened or saved before.
 */
export function createGrantedPolicy(isRecent: (path: string) => Promise<boolean>): PathPolicy {
  const granted = new Set<string>();
  const check = async (path: string): Promise<string> => {
    if (!isAbsolute(path)) throw new WorkbenchError('invalid-request', `${path}: expected an absolute path`, path);
    const abs = resolve(path);
    if (granted.has(abs) || (await isRecent(abs))) return abs;
    throw new WorkbenchError('forbidden', `${path}: not a file you picked; use Open or Save As`, path);
  };
  return {
    resolveRead: check,
    resolveWrite: check,
    grant: (path) => void granted.add(resolve(path)),
  };
}
