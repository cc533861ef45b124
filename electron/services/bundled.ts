import { readFile, readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fromZodError, WorkbenchError } from '../../shared/api/errors';
import { DatasetSchema, IdSchema, type Dataset } from '../../shared/domain/dataset';
import { SCENARIO_EXTENSION, type Scenario } from '../../shared/domain/scenario';
import { toIoError } from './io-error';
import { parseScenarioText } from './scenario-file';

/** The data shipped with the app: `<dataDir>/datasets/<id>.json` and `<dataDir>/scenarios/<id>.sewb`. */

interface BundledItem {
  id: string;
  name: string;
}

const DATASET_EXTENSION = '.json';

/** The `name` field of a bundled JSON document (full validation happens when it is loaded). */
function nameOf(text: string, path: string): string {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new WorkbenchError('invalid-file', `${path}: not valid JSON (${(error as Error).message})`, path);
  }
  const name = (doc as { name?: unknown } | null)?.name;
  if (typeof name !== 'string') throw new WorkbenchError('invalid-file', `${path}: name: missing`, path);
  return name;
}

async function listFolder(dir: string, ext: string): Promise<BundledItem[]> {
  const names = await readdir(dir).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [] as string[];
    throw toIoError(error, dir, 'list the bundled data');
  });
  const items: BundledItem[] = [];
  for (const file of names.filter((n) => extname(n) === ext).sort()) {
    const id = file.slice(0, -ext.length);
    if (!IdSchema.safeParse(id).success) continue;
    const path = join(dir, file);
    items.push({ id, name: nameOf(await readFile(path, 'utf8'), path) });
  }
  return items;
}

export async function listBundled(dataDir: string): Promise<{ datasets: BundledItem[]; scenarios: BundledItem[] }> {
  const [datasets, scenarios] = await Promise.all([
    listFolder(join(dataDir, 'datasets'), DATASET_EXTENSION),
    listFolder(join(dataDir, 'scenarios'), SCENARIO_EXTENSION),
  ]);
  return { datasets, scenarios };
}

const readBundled = (path: string, what: string): Promise<string> =>
  readFile(path, 'utf8').catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new WorkbenchError('not-found', `no bundled ${what} (${path})`, path);
    throw toIoError(error, path, `read the bundled ${what}`);
  });

/** `id` must be an IdSchema id (no separators, no leading dot), so it cannot leave the folder. */
export async function loadBundledDataset(dataDir: string, id: string): Promise<Dataset> {
  const path = join(dataDir, 'datasets', `${IdSchema.parse(id)}${DATASET_EXTENSION}`);
  const text = await readBundled(path, `dataset "${id}"`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new WorkbenchError('invalid-file', `${path}: not valid JSON (${(error as Error).message})`, path);
  }
  const parsed = DatasetSchema.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error, 'invalid-file', path);
  return parsed.data;
}

export async function loadBundledScenario(dataDir: string, id: string): Promise<Scenario> {
  const path = join(dataDir, 'scenarios', `${IdSchema.parse(id)}${SCENARIO_EXTENSION}`);
  return parseScenarioText(await readBundled(path, `scenario "${id}"`), path);
}
