import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DocumentIdSchema, type RecoveryCopy } from '../../shared/api/contract';
import { WorkbenchError } from '../../shared/api/errors';
import { ScenarioSchema, type Scenario } from '../../shared/domain/scenario';
import { nodeAtomicFs, writeFileAtomic, type AtomicFs } from './atomic-write';
import { toIoError } from './io-error';
import { migrateScenario } from './scenario-file';

/**
 * `<userDataDir>/recovery/<document>.json`: the last unsaved scenario of each open document (a page of
 * the browser host, a window of the desktop app) and when it was kept. The copy of an earlier version,
 * `autosave.json`, reads as the copy of document "autosave".
 */
const RecoveryFileSchema = z.object({ kind: z.literal('sewb-recovery'), savedAt: z.string(), scenario: z.unknown() });

/** A document unheard of for this long counts as closed: its page sends keepDocument every 30 s. */
export const DOCUMENT_LEASE_MS = 120_000;

interface Recovery {
  /** The folder the copies live in (swept for stale temp files at start). */
  readonly dir: string;
  save(document: string, scenario: Scenario): Promise<void>;
  /** The copies of documents not live, newest first. */
  list(): Promise<RecoveryCopy[]>;
  /** The copy of `document` with its scenario ('not-found' when there is none or it does not read). */
  read(document: string): Promise<{ scenario: Scenario; savedAt: string }>;
  clear(document: string): Promise<void>;
  /** `document` is open now (and for DOCUMENT_LEASE_MS). */
  keep(document: string): void;
  release(document: string): void;
}

export function createRecovery(
  userDataDir: string,
  now: () => Date = () => new Date(),
  fs: AtomicFs = nodeAtomicFs,
): Recovery {
  const dir = join(userDataDir, 'recovery');
  // The ids come through DocumentIdSchema (letters, digits, - and _), so a file name cannot leave `dir`.
  const fileOf = (document: string) => join(dir, `${DocumentIdSchema.parse(document)}.json`);
  /** Documents open in a live page or window, with when their lease runs out. */
  const live = new Map<string, number>();
  const isLive = (document: string) => (live.get(document) ?? 0) > now().getTime();

  const read = async (document: string): Promise<{ scenario: Scenario; savedAt: string } | null> => {
    const file = fileOf(document);
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text === null) return null;
    try {
      const wrapper = RecoveryFileSchema.parse(JSON.parse(text));
      const scenario = ScenarioSchema.parse(migrateScenario(wrapper.scenario, file));
      return { scenario, savedAt: wrapper.savedAt };
    } catch {
      return null;
    }
  };

  const recovery: Recovery = {
    dir,
    async save(document, scenario) {
      recovery.keep(document);
      const file = fileOf(document);
      const body = { kind: 'sewb-recovery', savedAt: now().toISOString(), scenario };
      try {
        await mkdir(dir, { recursive: true });
        await writeFileAtomic(file, JSON.stringify(body), fs);
      } catch (error) {
        throw toIoError(error, file, 'keep a recovery copy');
      }
    },
    async list() {
      const names = await readdir(dir).catch(() => [] as string[]);
      const ids = names
        .filter((name) => name.endsWith('.json'))
        .map((name) => name.slice(0, -'.json'.length))
        .filter((id) => DocumentIdSchema.safeParse(id).success && !isLive(id));
      const copies = await Promise.all(
        ids.map(async (document) => {
          const copy = await read(document);
          return copy && { document, name: copy.scenario.name, savedAt: copy.savedAt };
        }),
      );
      return copies.filter((c): c is RecoveryCopy => c !== null).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    async read(document) {
      const copy = await read(document);
      if (!copy) throw new WorkbenchError('not-found', `no recovery copy of document ${document}`, document);
      return copy;
    },
    async clear(document) {
      await rm(fileOf(document), { force: true });
    },
    keep(document) {
      live.set(document, now().getTime() + DOCUMENT_LEASE_MS);
    },
    release(document) {
      live.delete(document);
    },
  };
  return recovery;
}
