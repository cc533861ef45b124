import { mkdir, open, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DocumentIdSchema, type RecoveryCopy } from '../../shared/api/contract';
import { WorkbenchError, fromZodError } from '../../shared/api/errors';
import { ScenarioSchema, withoutDataset } from '../../shared/domain/scenario';
import { nodeAtomicFs, writeFileAtomic, type AtomicFs } from './atomic-write';
import { heldFromRows } from './held-dataset';
import { toIoError } from './io-error';
import { parseLocatedJson } from './located-json';
import { readSewbBytes } from './read-with-room';
import { migrateScenario } from './scenario-file';
import { MANIFEST_PART, decodeHeldScenarioV2, encodeHeldScenarioV2, type HeldScenario } from './sewb-v2';
import { ZIP_TAIL_BYTES, zipDataOffset, zipDirectory, zipPartData, zipPartOf } from './zip-read';

/**
 * `<userDataDir>/recovery/<document>.sewb`: the last unsaved scenario of each open document (a page of the browser
 * host, a window of the desktop app) as a .sewb version 2 file (sewb-v2.ts: the manifest and the dataset's own Arrow
 * table, so a copy of 2,000,000 observations is written without a row object), plus a part `recovery.json`,
 * `{"kind":"sewb-recovery","savedAt"}`: when the copy was kept. Copies of earlier versions, `<document>.json` (JSON
 * `{kind, savedAt, scenario}`; `autosave.json` reads as the copy of document "autosave"), still read.
 */
const RecoveryPartSchema = z.object({ kind: z.literal('sewb-recovery'), savedAt: z.string() });
const RecoveryFileSchema = RecoveryPartSchema.extend({ scenario: z.unknown() });
const RECOVERY_PART = 'recovery.json';
const COPY = '.sewb';
const OLD_COPY = '.json';

/** A document unheard of for this long counts as closed: its page sends keepDocument every 30 s. */
export const DOCUMENT_LEASE_MS = 120_000;

interface Recovery {
  /** The folder the copies live in (swept for stale temp files at start). */
  readonly dir: string;
  save(document: string, scenario: HeldScenario): Promise<void>;
  /** The copies of documents not live, newest first (a copy whose name and date do not read is left out). */
  list(): Promise<RecoveryCopy[]>;
  /**
   * The copy of `document` with its scenario, checked as an opened file is: 'not-found' when there is none,
   * 'invalid-file' naming the file, part and field when it does not read (the copy stays on disk).
   */
  read(document: string): Promise<{ scenario: HeldScenario; savedAt: string }>;
  clear(document: string): Promise<void>;
  /** `document` is open now (and for DOCUMENT_LEASE_MS). */
  keep(document: string): void;
  release(document: string): void;
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** The recovery part of a copy's zip: when it was kept; refused naming the file and the part. */
function savedAtOf(bytes: Uint8Array | undefined, file: string): string {
  if (!bytes) throw new WorkbenchError('invalid-file', `${file}: ${RECOVERY_PART}: missing from the container`, file);
  const parsed = RecoveryPartSchema.safeParse(
    parseLocatedJson(new TextDecoder().decode(bytes), `${file}: ${RECOVERY_PART}`),
  );
  if (!parsed.success) throw fromZodError(parsed.error, 'invalid-file', `${file}: ${RECOVERY_PART}`);
  return parsed.data.savedAt;
}

/** Name and date of a copy from its zip's directory, manifest and recovery part only (not its observations). */
async function headOf(file: string): Promise<{ name: string; savedAt: string }> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const read = async (offset: number, length: number) => {
      const into = new Uint8Array(length);
      const { bytesRead } = await handle.read(into, 0, length, offset);
      return into.subarray(0, bytesRead);
    };
    const tailLength = Math.min(size, ZIP_TAIL_BYTES);
    const entries = zipDirectory(await read(size - tailLength, tailLength), size);
    const part = async (name: string) => {
      const entry = entries.get(name);
      if (!entry) return undefined;
      const start = zipDataOffset(entry, await read(entry.headerOffset, 30 + 0xffff * 2));
      return zipPartData(entry, await read(start, entry.compressedSize));
    };
    const manifest = await part(MANIFEST_PART);
    const name = (manifest && JSON.parse(new TextDecoder().decode(manifest))?.name) as unknown;
    if (typeof name !== 'string') throw new Error(`${file}: no scenario name`);
    return { name, savedAt: savedAtOf(await part(RECOVERY_PART), file) };
  } finally {
    await handle.close();
  }
}

/** A copy of an earlier version: JSON with the whole scenario. */
function readOldCopy(text: string, file: string): { scenario: HeldScenario; savedAt: string } {
  const wrapper = RecoveryFileSchema.safeParse(parseLocatedJson(text, file));
  if (!wrapper.success) throw fromZodError(wrapper.error, 'invalid-file', file);
  const parsed = ScenarioSchema.safeParse(migrateScenario(wrapper.data.scenario, file));
  if (!parsed.success) throw fromZodError(parsed.error, 'invalid-file', `${file} → scenario`);
  const scenario = { body: withoutDataset(parsed.data), dataset: heldFromRows(parsed.data.dataset) };
  return { scenario, savedAt: wrapper.data.savedAt };
}

export function createRecovery(
  userDataDir: string,
  now: () => Date = () => new Date(),
  fs: AtomicFs = nodeAtomicFs,
): Recovery {
  const dir = join(userDataDir, 'recovery');
  // The ids come through DocumentIdSchema (letters, digits, - and _), so a file name cannot leave `dir`.
  const fileOf = (document: string, ext = COPY) => join(dir, `${DocumentIdSchema.parse(document)}${ext}`);
  /** Documents open in a live page or window, with when their lease runs out. */
  const live = new Map<string, number>();
  const isLive = (document: string) => (live.get(document) ?? 0) > now().getTime();

  const recovery: Recovery = {
    dir,
    async save(document, scenario) {
      recovery.keep(document);
      const file = fileOf(document);
      const savedAt = now().toISOString();
      const part = {
        name: RECOVERY_PART,
        data: new TextEncoder().encode(JSON.stringify({ kind: 'sewb-recovery', savedAt })),
      };
      try {
        await mkdir(dir, { recursive: true });
        await writeFileAtomic(file, encodeHeldScenarioV2(scenario, [part]), fs);
        await rm(fileOf(document, OLD_COPY), { force: true });
      } catch (error) {
        throw toIoError(error, file, 'keep a recovery copy');
      }
    },
    async list() {
      const names = await readdir(dir).catch(() => [] as string[]);
      const found = new Map<string, string>();
      for (const ext of [OLD_COPY, COPY])
        for (const name of names.filter((n) => n.endsWith(ext))) found.set(name.slice(0, -ext.length), name);
      const ids = [...found.keys()].filter((id) => DocumentIdSchema.safeParse(id).success && !isLive(id));
      const copies = await Promise.all(
        ids.map(async (document): Promise<RecoveryCopy | null> => {
          const file = join(dir, found.get(document)!);
          try {
            if (file.endsWith(COPY)) return { document, ...(await headOf(file)) };
            const { scenario, savedAt } = readOldCopy(await readFile(file, 'utf8'), file);
            return { document, name: scenario.body.name, savedAt };
          } catch {
            return null;
          }
        }),
      );
      return copies.filter((c): c is RecoveryCopy => c !== null).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    async read(document) {
      const file = fileOf(document);
      const copy = await readSewbBytes(file).catch((error: unknown) => {
        if (missing(error)) return null;
        throw toIoError(error, file, 'read the recovery copy');
      });
      if (copy) {
        let part: Uint8Array | undefined;
        try {
          part = zipPartOf(copy.bytes, RECOVERY_PART);
        } catch {
          // A container that does not read: decodeHeldScenarioV2 names what is wrong with it.
        }
        // Read before the scenario, whose wire bytes are then framed over the parts before its Arrow table.
        const savedAt = part && savedAtOf(part, file);
        const scenario = decodeHeldScenarioV2(copy.bytes, file, copy.spaceBefore);
        return { scenario, savedAt: savedAt ?? savedAtOf(undefined, file) };
      }
      const old = fileOf(document, OLD_COPY);
      const text = await readFile(old, 'utf8').catch((error: unknown) => {
        if (missing(error)) throw new WorkbenchError('not-found', `no recovery copy of document ${document}`, document);
        throw toIoError(error, old, 'read the recovery copy');
      });
      return readOldCopy(text, old);
    },
    async clear(document) {
      await Promise.all([COPY, OLD_COPY].map((ext) => rm(fileOf(document, ext), { force: true })));
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
