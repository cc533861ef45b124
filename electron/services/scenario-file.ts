import { readFile } from 'node:fs/promises';
import type { Fingerprint } from '../../shared/api/contract';
import { WorkbenchError, fromZodError } from '../../shared/api/errors';
import { SCENARIO_SCHEMA_VERSION, ScenarioSchema, type Scenario } from '../../shared/domain/scenario';
import { nodeAtomicFs, writeFileAtomic, type AtomicFs } from './atomic-write';
import { fingerprintOf } from './fingerprint';
import { toIoError } from './io-error';
import { jsonErrorOffset, lineColumn } from './json-error-position';

/**
 * A .sewb scenario file is UTF-8 JSON: one Scenario (shared/domain/scenario.ts) with `kind: "sewb-scenario"`
 * and `schemaVersion`. Files from older versions are migrated on open, one version step at a time.
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

/** V8's reason without its position and text excerpt (the place is reported as line and column). */
const jsonReason = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error))
    .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n');

/** Parses the text of a .sewb file; `where` names the file in error messages. */
export function parseScenarioText(text: string, where: string): Scenario {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    const { line, column } = lineColumn(body, jsonErrorOffset(body) ?? 0);
    throw new WorkbenchError(
      'invalid-file',
      `${where}: not valid JSON at line ${line}, column ${column} (${jsonReason(error)})`,
      `${where}:${line}:${column}`,
    );
  }
  const parsed = ScenarioSchema.safeParse(migrateScenario(raw, where));
  if (!parsed.success) throw fromZodError(parsed.error, 'invalid-file', where);
  return parsed.data;
}

export async function readScenarioFile(path: string): Promise<Scenario> {
  return (await readScenarioDocument(path)).scenario;
}

/** The scenario and the fingerprint of the bytes it was read from (the next save checks against it). */
export async function readScenarioDocument(path: string): Promise<{ scenario: Scenario; fingerprint: Fingerprint }> {
  const bytes = await readFile(path).catch((error: unknown) => {
    throw toIoError(error, path, 'read the scenario');
  });
  return { scenario: parseScenarioText(bytes.toString('utf8'), path), fingerprint: fingerprintOf(bytes) };
}

/** The file's text: the validated scenario as indented JSON. */
export function serializeScenario(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 1)}\n`;
}

/**
 * Writes a scenario atomically (the old file stays intact if anything fails). The scenario is one the contract
 * has checked on its way in (a 10,000-model scenario takes seconds to check again).
 */
export async function writeScenarioFile(
  path: string,
  scenario: Scenario,
  fs: AtomicFs = nodeAtomicFs,
): Promise<Fingerprint> {
  const bytes = Buffer.from(serializeScenario(scenario), 'utf8');
  await writeFileAtomic(path, bytes, fs).catch((error: unknown) => {
    throw toIoError(error, path, 'save the scenario');
  });
  return fingerprintOf(bytes);
}
