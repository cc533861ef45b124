import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetSchema, type Dataset } from '../../../shared/domain/dataset';
import { ScenarioSchema, type ObservationPolicy } from '../../../shared/domain/scenario';
import { indexDataset } from '../../../shared/dataset/index';
import { resolveCell } from '../../../shared/dataset/resolve';

const root = join(import.meta.dirname, '../../..');
const dataset = DatasetSchema.parse(JSON.parse(readFileSync(join(root, 'data/datasets/default.json'), 'utf8')));
const scenario = ScenarioSchema.parse(JSON.parse(readFileSync(join(root, 'data/scenarios/default.sewb'), 'utf8')));
const candidates = scenario.alternatives;
const base: ObservationPolicy = scenario.observationPolicy;

const GPT = 'gpt-oss-120b';
const KMMLU_PRO = 'kmmlu-pro';
/** gpt-oss-120b on KMMLU-Pro as printed in each candidate's table (observations.csv). */
const inTable = (maker: string, setting: string, d: Dataset = dataset) =>
  d.observations.find(
    (o) =>
      o.model === GPT && o.benchmark === KMMLU_PRO && o.measuredBy === `maker of ${maker}` && o.setting === setting,
  )!;
const lg = inTable('k-exaone-236b-a23b', 'high');
const solarHigh = inTable('solar-open-100b', 'high');
const solarMedium = inTable('solar-open-100b', 'medium');
const vaetki = inTable('vaetki-112b-a10b', 'medium');

const resolve = (policy: Partial<ObservationPolicy>, options: { report?: string } = {}, d: Dataset = dataset) =>
  resolveCell(indexDataset(d), { ...base, ...policy }, GPT, KMMLU_PRO, candidates, options);

describe('observation policies on gpt-oss-120b × KMMLU-Pro (four observations from three reports)', () => {
  it('the cell lists all four observations, 60.5 to 62.6', () => {
    const cell = resolve({});
    expect(cell.candidates.map((o) => o.value).sort()).toEqual([60.5, 61.9, 62.4, 62.6]);
  });

  it('candidate-report takes the table of the first candidate that prints it (K-EXAONE)', () => {
    const cell = resolve({ kind: 'candidate-report' });
    expect(candidates[0]).toBe('k-exaone-236b-a23b');
    expect(cell).toMatchObject({ value: lg.value, observationIds: [lg.id], reason: 'alternative-report' });
    expect(cell.why).toMatchObject({ report: 'k-exaone-236b-a23b', setting: 'high', tieBreak: null });
  });

  it("candidate-report for Solar Open's comparison uses Solar's table, preferring high over medium effort", () => {
    const cell = resolve({ kind: 'candidate-report' }, { report: 'solar-open-100b' });
    expect(cell).toMatchObject({ value: solarHigh.value, observationIds: [solarHigh.id] });
    expect(cell.why).toMatchObject({ report: 'solar-open-100b', setting: 'high', tieBreak: 'setting' });
    const vaetkiView = resolve({ kind: 'candidate-report' }, { report: 'vaetki-112b-a10b' });
    expect(vaetkiView.observationIds).toEqual([vaetki.id]);
  });

  it('candidate-report uses the own report for a candidate', () => {
    const own = resolveCell(indexDataset(dataset), base, 'k-exaone-236b-a23b', KMMLU_PRO, candidates);
    expect(own.reason).toBe('own-report');
    expect(own.candidates.find((o) => o.id === own.observationIds[0])?.measuredBy).toBe('model maker');
  });

  it('source-priority in the user order: a tie inside the winning kind goes to the setting, then dataset order', () => {
    const cell = resolve({ kind: 'source-priority', priority: ['secondary', 'maker-report'] });
    expect(cell.why).toMatchObject({ sourceKind: 'maker-report', setting: 'high', tieBreak: 'order' });
    expect(cell.observationIds).toEqual([lg.id]);
    const mediumFirst = resolve({ kind: 'source-priority', settingPreference: ['medium'] });
    expect(mediumFirst.observationIds).toEqual([solarMedium.id]);
  });

  it('latest picks the observation whose source has the latest date, and says when nothing is dated', () => {
    const undated = resolve({ kind: 'latest' });
    expect(undated.why.date).toBeNull();
    const dated = structuredClone(dataset);
    for (const s of dated.sources) {
      if (s.id === lg.source) s.date = '2025-12-31';
      if (s.id === vaetki.source) s.date = '2026-01-20';
    }
    const cell = resolve({ kind: 'latest' }, {}, dated);
    expect(cell).toMatchObject({ value: vaetki.value, observationIds: [vaetki.id], reason: 'latest' });
    expect(cell.why.date).toBe('2026-01-20');
  });

  it('mean averages the observations of the preferred setting only (high: K-EXAONE and Solar tables)', () => {
    const cell = resolve({ kind: 'mean' });
    expect(cell.value).toBeCloseTo((lg.value + solarHigh.value) / 2, 12);
    expect(cell.observationIds.sort()).toEqual([lg.id, solarHigh.id].sort());
    expect(cell.why.setting).toBe('high');
  });

  it('a manual choice for the cell wins under every policy; a stale one is ignored and reported', () => {
    for (const kind of ['candidate-report', 'source-priority', 'latest', 'mean'] as const) {
      const cell = resolve({ kind, manual: { [`${GPT}|${KMMLU_PRO}`]: solarMedium.id } });
      expect(cell).toMatchObject({ value: solarMedium.value, observationIds: [solarMedium.id], reason: 'manual' });
    }
    const stale = resolve({ manual: { [`${GPT}|${KMMLU_PRO}`]: 'ref-9999' } });
    expect(stale).toMatchObject({ observationIds: [lg.id], reason: 'alternative-report' });
    expect(stale.why.staleManual).toBe('ref-9999');
  });

  it('a cell without observations is missing under every policy', () => {
    const measured = new Set(dataset.observations.map((o) => `${o.model}|${o.benchmark}`));
    const model = dataset.models.find((m) => !measured.has(`${m.id}|${KMMLU_PRO}`))!.id;
    for (const kind of ['candidate-report', 'source-priority', 'latest', 'mean'] as const) {
      const cell = resolveCell(indexDataset(dataset), { ...base, kind }, model, KMMLU_PRO, candidates);
      expect(cell).toMatchObject({ value: null, observationIds: [], candidates: [], reason: 'missing' });
    }
  });
});
