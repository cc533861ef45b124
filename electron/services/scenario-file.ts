import type { Fingerprint } from '../../shared/api/contract';
import { WorkbenchError, fromZodError } from '../../shared/api/errors';
import { SCENARIO_SCHEMA_VERSION, ScenarioSchema, withoutDataset, type Scenario } from '../../shared/domain/scenario';
import { nodeAtomicFs, writeFileAtomic, type AtomicFs } from './atomic-write';
import { fingerprintOf } from './fingerprint';
import { toIoError } from './io-error';
import { parseLocatedJson } from './located-json';
import { heldFromRows } from './held-dataset';
import { decodeHeldScenarioV2, encodeHeldScenarioV2, type HeldScenario } from './sewb-v2';
import { isZip } from './zip-magic';
import { readSewbBytes } from './read-with-room';

/**
 * A .sewb scenario file is version 2, a zip container with a JSON manifest and the observations as an Arrow
 * table (sewb-v2.ts), or version 1, UTF-8 JSON: one Scenario (shared/domain/scenario.ts) with
 * `kind: "sewb-scenario"` and `schemaVersion`. Reading tells them apart by the zip's first bytes; both open as
 * the same Scenario. Saving writes version 2; serializeScenario and writeScenarioV1File write version 1 for
 * other tools.
 */

type RawScenario = Record<string, unknown>;

/** MIGRATIONS[v] turns a version-v document into a version v+1 document. Version 1 is current. */
const MIGRATIONS: Record<number, (raw: RawScenario) => RawScenario> = {};

/** Brings a parsed document to the current schema version, or explains why it cannot. */
export function migrateScenario(raw: unknown, where: string): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new WorkbenchError('invalid-file', `${where}: not a scenario file (expected a JSON object)`, where);
  let doc = raw as RawScenario;
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new WorkbenchError(
      'invalid-file',
      `${where}: schemaVersion: missing or not a positive whole number; this is not a .sewb scenario file`,
      `${where} → schemaVersion`,
    );
  if (version > SCENARIO_SCHEMA_VERSION)
    throw new WorkbenchError(
      'invalid-file',
      `${where}: saved by a newer version of the workbench (scenario schema version ${version}; this version reads up to ${SCENARIO_SCHEMA_VERSION}). Update the workbench to open it.`,
      `${where} → schemaVersion`,
    );
  for (let v = version; v < SCENARIO_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step)
      throw new WorkbenchError(
        'invalid-file',
        `${where}: scenario schema version ${v} cannot be migrated`,
        `${where} → schemaVersion`,
      );
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return doc;
}

/** Parses the text of a version 1 (JSON) .sewb file; `where` names the file in error messages. */
export function parseScenarioText(text: string, where: string): Scenario {
  const parsed = ScenarioSchema.safeParse(migrateScenario(parseLocatedJson(text, where), where));
  if (!parsed.success) throw fromZodError(parsed.error, 'invalid-file', where);
  return parsed.data;
}

export async function readScenarioFile(path: string): Promise<Scenario> {
  return (await readScenarioDocument(path)).scenario;
}

/** The scenario and the fingerprint of the bytes it was read from (the next save checks against it). */
export async function readScenarioDocument(path: string): Promise<{ scenario: Scenario; fingerprint: Fingerprint }> {
  const { held, fingerprint } = await readHeldScenarioDocument(path);
  return { scenario: { ...held.body, dataset: held.dataset.dataset() }, fingerprint };
}

/**
 * The scenario as the host holds it (a version 2 file's observations stay its Arrow bytes) and the fingerprint of
 * the bytes it was read from.
 */
export async function readHeldScenarioDocument(
  path: string,
): Promise<{ held: HeldScenario; fingerprint: Fingerprint }> {
  const { bytes, spaceBefore } = await readSewbBytes(path).catch((error: unknown) => {
    throw toIoError(error, path, 'read the scenario');
  });
  const fingerprint = fingerprintOf(bytes);
  return { held: parseHeldScenarioBytes(bytes, path, spaceBefore), fingerprint };
}

/** Parses the bytes of a .sewb file of either version (a zip is version 2). */
export function parseScenarioBytes(bytes: Uint8Array, where: string): Scenario {
  const { body, dataset } = parseHeldScenarioBytes(bytes, where);
  return { ...body, dataset: dataset.dataset() };
}

/** `spaceBefore`: the bytes of the buffer before `bytes` may be overwritten (readSewbBytes). */
function parseHeldScenarioBytes(bytes: Uint8Array, where: string, spaceBefore = false): HeldScenario {
  if (isZip(bytes)) return decodeHeldScenarioV2(bytes, where, spaceBefore);
  const scenario = parseScenarioText(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'),
    where,
  );
  return { body: withoutDataset(scenario), dataset: heldFromRows(scenario.dataset) };
}

/** A version 1 file's text: the validated scenario as indented JSON. */
export function serializeScenario(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 1)}\n`;
}

async function writeAtomically(path: string, bytes: Uint8Array, fs: AtomicFs): Promise<Fingerprint> {
  await writeFileAtomic(path, bytes, fs).catch((error: unknown) => {
    throw toIoError(error, path, 'save the scenario');
  });
  return fingerprintOf(bytes);
}

/** Writes a version 1 (JSON) file atomically: "Export as .sewb v1 JSON", for tools that read JSON only. */
export const writeScenarioV1File = (path: string, scenario: Scenario, fs: AtomicFs = nodeAtomicFs) =>
  writeAtomically(path, Buffer.from(serializeScenario(scenario), 'utf8'), fs);

/**
 * Writes a scenario as a version 2 file atomically (the old file stays intact if anything fails). The scenario is one the contract
 * has checked on its way in (a 10,000-model scenario takes seconds to check again).
 */
export const writeScenarioFile = (path: string, scenario: Scenario, fs: AtomicFs = nodeAtomicFs) =>
  writeHeldScenarioFile(path, { body: withoutDataset(scenario), dataset: heldFromRows(scenario.dataset) }, fs);

/** Writes a held scenario as a version 2 file atomically; a dataset held as Arrow is written with its own bytes. */
export async function writeHeldScenarioFile(
  path: string,
  scenario: HeldScenario,
  fs: AtomicFs = nodeAtomicFs,
): Promise<Fingerprint> {
  let bytes: Uint8Array;
  try {
    bytes = encodeHeldScenarioV2(scenario);
  } catch (error) {
    // An item count the Uint32 column cannot hold (columnsFromObservations names the row).
    if (error instanceof RangeError) throw new WorkbenchError('invalid-request', `${path}: ${error.message}`, path);
    throw error;
  }
  return writeAtomically(path, bytes, fs);
}
