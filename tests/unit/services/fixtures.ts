import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';
import type { Dataset, Model } from '../../../shared/domain/dataset';
import { ScenarioSchema, withoutDataset, type Scenario, type ScenarioBody } from '../../../shared/domain/scenario';
import type { WorkbenchApi } from '../../../shared/api/contract';
import { createApiClient, createDispatcher, type Send } from '../../../shared/api/transport';
import { createWorkbenchService } from '../../../electron/services/workbench';
import { datasetToWire } from '../../../shared/dataset/dataset-wire';
import {
  Dictionary,
  Int32,
  Table,
  Utf8,
  makeData,
  makeVector,
  tableFromIPC,
  tableToIPC,
  type Vector,
} from 'apache-arrow';
import { DICTIONARY_COLUMNS, columnsFromObservations } from '../../../shared/dataset/columnar';
import { observationsToArrow } from '../../../shared/dataset/observations-arrow';
import type { Observation } from '../../../shared/domain/dataset';

/** A fresh real temp folder per call, removed after the test. */
const folders: string[] = [];
export function tempDir(prefix = 'sewb-svc-'): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const model = (id: string, name: string): Model => ({
  id,
  name,
  organization: 'Lab',
  country: 'KR',
  group: 'candidate',
  totalParamsB: null,
  activeParamsB: null,
  contextTokens: null,
  releaseDate: null,
  releaseDateConfidence: null,
  license: null,
  openWeights: null,
  modalities: ['text'],
  fromScratch: null,
  notes: '',
  sourceUrl: null,
});

/**
 * Three models on two benchmarks: "acc" (higher is better) 10 / 20 / 30 and "err" (lower is better)
 * 1 / 2 / 3, one observation per cell from one source.
 */
export function tinyDataset(): Dataset {
  const values: [string, string, number][] = [
    ['m-one', 'acc', 10],
    ['m-two', 'acc', 20],
    ['m-three', 'acc', 30],
    ['m-one', 'err', 1],
    ['m-two', 'err', 2],
    ['m-three', 'err', 3],
  ];
  return {
    schemaVersion: 1,
    id: 'tiny',
    name: 'Tiny',
    description: '',
    models: [model('m-one', 'Model One'), model('m-two', 'Model Two'), model('m-three', 'Model Three')],
    benchmarks: [
      {
        id: 'acc',
        name: 'Accuracy',
        aliases: [],
        language: 'en',
        category: 'knowledge',
        unit: '%',
        direction: 'higher',
        scale: { min: 0, max: 100 },
        randomBaseline: null,
        items: null,
        note: '',
      },
      {
        id: 'err',
        name: 'Error rate',
        aliases: [],
        language: 'en',
        category: 'safety',
        unit: '%',
        direction: 'lower',
        scale: { min: 0, max: 100 },
        randomBaseline: null,
        items: null,
        note: '',
      },
    ],
    sources: [
      { id: 'src', title: 'Report', url: 'https://example.org/report', kind: 'independent', date: '2026-01-01' },
    ],
    observations: values.map(([m, b, value]) => ({
      id: `${m}-${b}`,
      model: m,
      setting: 'default',
      benchmark: b,
      value,
      stderr: null,
      n: null,
      measuredBy: 'lab',
      source: 'src',
      reportedAs: null,
      note: '',
    })),
  };
}

/** A valid scenario over tinyDataset: WSM on min-max, weights acc 3 and err 1. */
export function tinyScenario(name = '시나리오 Tiny'): Scenario {
  return ScenarioSchema.parse({
    schemaVersion: 1,
    kind: 'sewb-scenario',
    name,
    savedAt: null,
    dataset: tinyDataset(),
    alternatives: ['m-one', 'm-two', 'm-three'],
    references: [],
    observationPolicy: { kind: 'source-priority', priority: ['independent'], settingPreference: [], manual: {} },
    criteria: [
      { benchmark: 'acc', weight: 3 },
      { benchmark: 'err', weight: 1 },
    ],
    normalization: 'minmax',
    method: { name: 'wsm' },
    missing: 'worst',
    overrides: [],
    uncertainty: { enabled: false, samples: 1000, seed: 1 },
    notes: '',
  });
}

/**
 * The browser host's service over a fresh workspace, behind the real dispatcher and client (both sides parse with
 * the contract). `wire` sits between them (e.g. to serialize as HTTP does).
 */
export function browserApi(wire: (send: Send) => Send = (send) => send): {
  api: WorkbenchApi;
  workspace: string;
} {
  const workspace = tempDir('sewb-ws-');
  const service = createWorkbenchService({
    dataDir: resolve(__dirname, '../../../data'),
    workspaceDir: workspace,
    userDataDir: join(workspace, '.workbench'),
    host: 'browser',
    version: '1',
    locale: 'en',
    ports: {},
    now: () => new Date('2026-11-28T09:00:00Z'),
  });
  const dispatch = createDispatcher(service);
  const api = createApiClient(wire((method, request) => dispatch(method, request)));
  return { api, workspace };
}

/** `scenario` handed to the host as a new document (no file): the ids and body a request about it names. */
export async function held(
  api: Pick<WorkbenchApi, 'putDataset' | 'newDocument'>,
  scenario: Scenario,
): Promise<{ document: string; datasetId: string; scenario: ScenarioBody }> {
  const { datasetId } = await api.putDataset({ dataset: datasetToWire(scenario.dataset) });
  const { document } = await api.newDocument({ datasetId });
  return { document, datasetId, scenario: withoutDataset(scenario) };
}

/** A request about document `doc` (as the host handed it out) with `scenario` as its edited scenario. */
export const edited = (doc: { document: string; datasetId: string }, scenario: Scenario) => ({
  document: doc.document,
  datasetId: doc.datasetId,
  scenario: withoutDataset(scenario),
});

/**
 * The Arrow file of `rows` as the writer of the first version 2 files made it: every dictionary column with Int32
 * indices (the Arrow default), whatever the dictionary's size.
 */
export function int32File(rows: Observation[]): Uint8Array {
  const table = tableFromIPC(observationsToArrow(columnsFromObservations(rows)));
  const vectors: Record<string, Vector> = {};
  for (const field of table.schema.fields) {
    const vector = table.getChild(field.name)!;
    if (!(DICTIONARY_COLUMNS as readonly string[]).includes(field.name)) {
      vectors[field.name] = vector;
      continue;
    }
    const data = vector.data[0];
    vectors[field.name] = makeVector(
      makeData({
        type: new Dictionary(new Utf8(), new Int32(), DICTIONARY_COLUMNS.indexOf(field.name as 'model')),
        length: data.length,
        data: Int32Array.from(data.values as ArrayLike<number>),
        nullBitmap: data.nullCount > 0 ? data.nullBitmap : undefined,
        dictionary: data.dictionary,
      }),
    );
  }
  return tableToIPC(new Table(vectors), 'file');
}
