import { mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { RecentFileSchema, type RecentFile } from '../../shared/api/contract';
import { writeFileAtomic } from './atomic-write';

export const MAX_RECENT_FILES = 10;
const RecentListSchema = z.object({ files: z.array(RecentFileSchema) });

interface RecentFiles {
  /** Most recently opened or saved first, at most MAX_RECENT_FILES. */
  list(): Promise<RecentFile[]>;
  /** Moves `path` to the top of the list (adding it if new). */
  add(path: string): Promise<void>;
  has(path: string): Promise<boolean>;
}

/** The recent-files list, kept in `<userDataDir>/recent.json`; an unreadable list counts as empty. */
export function createRecentFiles(userDataDir: string, now: () => Date = () => new Date()): RecentFiles {
  const file = join(userDataDir, 'recent.json');
  const read = async (): Promise<RecentFile[]> => {
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text === null) return [];
    try {
      const parsed = RecentListSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data.files.slice(0, MAX_RECENT_FILES) : [];
    } catch {
      return [];
    }
  };
  // Updates run one after another so two quick saves cannot lose each other's entry.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    list: read,
    async has(path) {
      return (await read()).some((f) => f.path === path);
    },
    add(path) {
      const update = queue.then(async () => {
        const entry: RecentFile = { path, name: basename(path), openedAt: now().toISOString() };
        const files = [entry, ...(await read()).filter((f) => f.path !== path)].slice(0, MAX_RECENT_FILES);
        await mkdir(userDataDir, { recursive: true });
        await writeFileAtomic(file, `${JSON.stringify({ files }, null, 1)}\n`);
      });
      queue = update.catch(() => undefined);
      return update;
    },
  };
}
