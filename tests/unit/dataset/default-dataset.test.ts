import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../../shared/domain/dataset';
import { ScenarioSchema } from '../../../shared/domain/scenario';
import { buildDefaultDataset, buildDefaultScenario } from '../../../electron/services/reference-dataset';
import { provenanceOf } from '../../../shared/dataset/provenance';
import { isTeamAverage, TEAM_AVERAGE_NOTE } from '../../../shared/dataset/team-average';

const root = join(import.meta.dirname, '../../..');
const referenceDir = join(root, 'data/reference');
const sharedReferenceDir = join(root, '../shared/reference');
const read = (name: string) => readFileSync(join(referenceDir, name), 'utf8');
const rows = (name: string) =>
  Papa.parse<Record<string, string>>(read(name), { header: true, skipEmptyLines: 'greedy' }).data;

const dataset = DatasetSchema.parse(JSON.parse(readFileSync(join(root, 'data/datasets/default.json'), 'utf8')));

describe('the default dataset against the reference files', () => {
  it('holds all 489 rows of observations.csv with value, setting, measurer and their own source link', () => {
    const csv = rows('observations.csv');
    expect(csv).toHaveLength(489);
    const sources = new Map(dataset.sources.map((s) => [s.id, s]));
    const unused = new Set(dataset.observations.map((o) => o.id));
    for (const r of csv) {
      const match = dataset.observations.find(
        (o) =>
          unused.has(o.id) &&
          o.model === r.model &&
          o.benchmark === r.benchmark &&
          o.setting === r.setting &&
          o.value === Number(r.value) &&
          o.measuredBy === r.measured_by &&
          sources.get(o.source)?.url === r.source_url &&
          sources.get(o.source)?.kind === r.source_kind,
      );
      expect(match, `${r.model} × ${r.benchmark} = ${r.value} from ${r.source_url}`).toBeDefined();
      unused.delete(match!.id);
    }
    expect(unused.size).toBe(0);
    expect(dataset.sources.every((s) => s.url !== '' && s.url !== 'same')).toBe(true);
  });

  it('shows the 12 third-party measurements (Sogang University, Artificial Analysis) as independent', () => {
    // From the reference's convention: a measurer that is neither "model maker" nor "maker of <id>" is a third party.
    const thirdParty = rows('observations.csv').filter(
      (r) => r.measured_by !== 'model maker' && !r.measured_by.startsWith('maker of '),
    );
    expect(thirdParty).toHaveLength(12);
    expect(new Set(thirdParty.map((r) => r.measured_by))).toEqual(
      new Set(['Sogang University (Kim Jong-rak team)', 'Artificial Analysis']),
    );
    const kind = new Map(dataset.sources.map((s) => [s.id, s.kind]));
    const independent = dataset.observations.filter((o) => provenanceOf(o, kind.get(o.source)) === 'independent');
    expect(independent.map((o) => [o.model, o.benchmark, o.value])).toEqual(
      thirdParty.map((r) => [r.model, r.benchmark, Number(r.value)]),
    );
  });

  it('keeps the benchmark name each source used as an alias', () => {
    const benchmarks = new Map(dataset.benchmarks.map((b) => [b.id, b]));
    for (const r of rows('observations.csv').filter((r) => r.reported_as)) {
      const b = benchmarks.get(r.benchmark)!;
      expect([b.name, ...b.aliases]).toContain(r.reported_as);
    }
  });

  it('has all 66 benchmarks with language, category, unit, direction, scale and item count', () => {
    const csv = rows('benchmarks.csv');
    expect(dataset.benchmarks).toHaveLength(66);
    for (const r of csv) {
      const b = dataset.benchmarks.find((x) => x.id === r.id)!;
      expect(b, r.id).toBeDefined();
      expect([b.name, b.language, b.category, b.unit]).toEqual([r.name, r.language, r.category, r.unit]);
      expect(b.direction).toBe(r.higher_is_better === 'false' ? 'lower' : 'higher');
      expect(b.items).toBe(r.items ? Number(r.items) : null);
      // Accuracy and scores out of 100 run 0–100; index points, ratings and averages have no fixed top.
      expect(b.scale, r.id).toEqual(r.unit === '%' || r.unit === 'points (of 100)' ? { min: 0, max: 100 } : null);
    }
  });

  it('has the Sogang CSAT-math test as a 50-item math exam scored out of 100, higher is better', () => {
    expect(dataset.benchmarks.find((b) => b.id === 'csat-math-2026-sogang')).toMatchObject({
      language: 'multi',
      category: 'math',
      unit: 'points (of 100)',
      direction: 'higher',
      scale: { min: 0, max: 100 },
      items: 50,
    });
  });

  it("marks LG's 13-benchmark average as a team's own average, not a benchmark score, outside the default criteria", () => {
    const average = dataset.benchmarks.find((b) => b.id === 'lg-r1-common13-avg')!;
    expect(average.unit).toBe('points (average)');
    expect(isTeamAverage(average)).toBe(true);
    expect(average.note.startsWith(TEAM_AVERAGE_NOTE)).toBe(true);
    expect(average.note).toContain('NOT an Artificial Analysis score');
    expect(average.scale).toBeNull();
    expect(dataset.benchmarks.filter(isTeamAverage).map((b) => b.id)).toEqual(['lg-r1-common13-avg']);
    const scenario = buildDefaultScenario(dataset);
    expect(scenario.criteria.map((c) => c.benchmark)).not.toContain('lg-r1-common13-avg');
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
        modalities: r.modalities === '' ? [] : r.modalities.split(';'),
        fromScratch: orNull(r.from_scratch),
        notes: r.notes,
        sourceUrl: orNull(r.source_url),
      });
    }
    const vaetki = dataset.models.find((m) => m.id === 'vaetki-112b-a10b')!;
    expect([vaetki.releaseDate, vaetki.license]).toEqual([null, null]);
  });

  it('has the closed frontier models as references without open weights, and Motif 2 as an open model', () => {
    const model = (id: string) => dataset.models.find((m) => m.id === id)!;
    const closed = ['gpt-5.1', 'gpt-5.2', 'gemini-3-pro-preview', 'claude-opus-4.5', 'grok-4.1-fast'];
    for (const id of closed) expect([id, model(id).group, model(id).openWeights]).toEqual([id, 'reference', false]);
    expect(closed.map((id) => model(id).releaseDate)).toEqual([
      '2025-11-12',
      '2025-12-11',
      '2025-11-18',
      '2025-11-24',
      '2025-11-19',
    ]);
    expect(model('claude-opus-4.5')).toMatchObject({ releaseDateConfidence: 'primary', contextTokens: 200000 });
    expect(model('gpt-5.1').totalParamsB).toBeNull();
    expect(model('motif-2-12.7b-base')).toMatchObject({ group: 'other', openWeights: true, totalParamsB: 12.7 });
    expect(model('qwen3-235b-unspecified')).toMatchObject({ group: 'reference', releaseDate: null });
  });

  it('refuses an observation row without its own source, naming the row and column', () => {
    const header = 'model,setting,benchmark,value,unit,reported_as,measured_by,source_kind,source_url,note';
    const row = (url: string) => `k-exaone-236b-a23b,reasoning,mmlu-pro,83.8,%,,model maker,maker-report,${url},`;
    const build = (url: string) => () =>
      buildDefaultDataset({
        models: read('models.csv'),
        benchmarks: read('benchmarks.csv'),
        observations: [header, row('https://example.org/a'), row(url)].join('\n'),
      });
    expect(build('same')).toThrow(/observations\.csv row 3, column source_url/);
    expect(build('')).toThrow(/observations\.csv row 3, column source_url/);
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
