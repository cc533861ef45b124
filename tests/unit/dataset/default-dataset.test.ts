import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../../shared/domain/dataset';
import { ScenarioSchema } from '../../../shared/domain/scenario';
import { buildDefaultDataset, buildDefaultScenario } from '../../../electron/services/reference-dataset';

const root = join(import.meta.dirname, '../../..');
const referenceDir = join(root, 'data/reference');
const sharedReferenceDir = join(root, '../shared/reference');
const read = (name: string) => readFileSync(join(referenceDir, name), 'utf8');
const rows = (name: string) =>
  Papa.parse<Record<string, string>>(read(name), { header: true, skipEmptyLines: 'greedy' }).data;

const dataset = DatasetSchema.parse(JSON.parse(readFileSync(join(root, 'data/datasets/default.json'), 'utf8')));

describe('the default dataset against the reference files', () => {
  it('holds every row of observations.csv with its value, setting, measurer and source link', () => {
    const csv = rows('observations.csv');
    const sources = new Map(dataset.sources.map((s) => [s.id, s]));
    let previousUrl = '';
    let found = 0;
    const unused = new Set(dataset.observations.map((o) => o.id));
    for (const r of csv) {
      const url = r.source_url === 'same' ? previousUrl : r.source_url;
      previousUrl = url;
      const match = dataset.observations.find(
        (o) =>
          unused.has(o.id) &&
          o.model === r.model &&
          o.benchmark === r.benchmark &&
          o.setting === r.setting &&
          o.value === Number(r.value) &&
          o.measuredBy === r.measured_by &&
          sources.get(o.source)?.url === url &&
          sources.get(o.source)?.kind === r.source_kind,
      );
      expect(match, `${r.model} × ${r.benchmark} = ${r.value} from ${url}`).toBeDefined();
      unused.delete(match!.id);
      found++;
    }
    expect(found).toBe(csv.length);
    expect(csv.length).toBe(473);
    expect(unused.size).toBe(0);
    expect(dataset.sources.some((s) => s.url === 'same')).toBe(false);
  });

  it('keeps the benchmark name each source used as an alias', () => {
    const benchmarks = new Map(dataset.benchmarks.map((b) => [b.id, b]));
    for (const r of rows('observations.csv').filter((r) => r.reported_as)) {
      const b = benchmarks.get(r.benchmark)!;
      expect([b.name, ...b.aliases]).toContain(r.reported_as);
    }
  });

  it('has all 64 benchmarks with language, category, unit and item count', () => {
    const csv = rows('benchmarks.csv');
    expect(dataset.benchmarks).toHaveLength(64);
    for (const r of csv) {
      const b = dataset.benchmarks.find((x) => x.id === r.id)!;
      expect(b, r.id).toBeDefined();
      expect([b.name, b.language, b.category, b.unit]).toEqual([r.name, r.language, r.category, r.unit]);
      expect(b.items).toBe(r.items ? Number(r.items) : null);
      expect(b.scale).toEqual(r.unit === '%' ? { min: 0, max: 100 } : null);
    }
  });

  it('has every model fact, and unknowns stay null', () => {
    const csv = rows('models.csv');
    expect(dataset.models).toHaveLength(csv.length);
    const orNull = (s: string) => (s === '' ? null : s);
    const numOrNull = (s: string) => (s === '' ? null : Number(s));
    for (const r of csv) {
      const m = dataset.models.find((x) => x.id === r.id)!;
      expect(m, r.id).toBeDefined();
      expect(m).toMatchObject({
        name: r.name,
        organization: r.organization,
        country: r.country,
        group: r.group,
        totalParamsB: numOrNull(r.total_params_b),
        activeParamsB: numOrNull(r.active_params_b),
        contextTokens: numOrNull(r.context_tokens),
        releaseDate: orNull(r.release_date),
        releaseDateConfidence: orNull(r.release_date_confidence),
        license: orNull(r.license),
        openWeights: r.open_weights === '' ? null : r.open_weights === 'yes',
        modalities: r.modalities.split(';'),
        fromScratch: orNull(r.from_scratch),
        notes: r.notes,
        sourceUrl: orNull(r.source_url),
      });
    }
    const vaetki = dataset.models.find((m) => m.id === 'vaetki-112b-a10b')!;
    expect([vaetki.releaseDate, vaetki.license]).toEqual([null, null]);
  });

  it.skipIf(!existsSync(sharedReferenceDir))('data/reference is an identical copy of ../shared/reference', () => {
    for (const name of ['observations.csv', 'benchmarks.csv', 'models.csv', 'programme.md'])
      expect(read(name), name).toBe(readFileSync(join(sharedReferenceDir, name), 'utf8'));
  });
});

describe('the committed default files', () => {
  const built = buildDefaultDataset({
    models: read('models.csv'),
    benchmarks: read('benchmarks.csv'),
    observations: read('observations.csv'),
  });

  it('data/datasets/default.json is what the builder produces now (npm run build:data)', () => {
    expect(dataset).toEqual(built);
  });

  it('data/scenarios/default.sewb is what the builder produces now (npm run build:data)', () => {
    const committed = ScenarioSchema.parse(JSON.parse(readFileSync(join(root, 'data/scenarios/default.sewb'), 'utf8')));
    expect(committed).toEqual(buildDefaultScenario(built));
  });
});
