import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ModelFilterSchema, type ModelFilterInput } from '../../../shared/domain/model-filter';
import { ScenarioSchema } from '../../../shared/domain/scenario';
import { filterMiss, filterModels, roleLookup } from '../../../shared/dataset/model-filter';
import { modelsCsv } from './reference-csv';

const root = join(import.meta.dirname, '../../..');
const scenario = ScenarioSchema.parse(JSON.parse(readFileSync(join(root, 'data/scenarios/default.sewb'), 'utf8')));
const roleOf = roleLookup(scenario.alternatives, scenario.references);
const kept = (input: ModelFilterInput) =>
  filterModels(scenario.dataset.models, ModelFilterSchema.parse(input), roleOf).map((m) => m.id);
const csvIds = (keep: (row: Record<string, string>) => boolean) => modelsCsv.filter(keep).map((r) => r.id);

describe('the model filter by attribute (against models.csv)', () => {
  it('a total-parameter range, both ends inclusive; an unknown count meets no range', () => {
    const params = (r: Record<string, string>) => (r.total_params_b === '' ? null : Number(r.total_params_b));
    expect(kept({ params: { max: 40 } })).toEqual(csvIds((r) => params(r) !== null && params(r)! <= 40));
    expect(kept({ params: { min: 33, max: 236 } })).toEqual(
      csvIds((r) => params(r) !== null && params(r)! >= 33 && params(r)! <= 236),
    );
    const unknown = modelsCsv.find((r) => r.total_params_b === '')!;
    const model = scenario.dataset.models.find((m) => m.id === unknown.id)!;
    expect(filterMiss(model, roleOf(model.id), ModelFilterSchema.parse({ params: { max: 1000 } }))).toEqual({
      attribute: 'params',
      unknown: true,
    });
  });

  it('active parameters, open or closed weights, countries and the release window', () => {
    const active = (r: Record<string, string>) => (r.active_params_b === '' ? null : Number(r.active_params_b));
    expect(kept({ params: { of: 'active', max: 12 } })).toEqual(csvIds((r) => active(r) !== null && active(r)! <= 12));
    expect(kept({ openWeights: false })).toEqual(csvIds((r) => r.open_weights === 'no'));
    expect(kept({ openWeights: true, countries: ['kr'] })).toEqual(
      csvIds((r) => r.open_weights === 'yes' && r.country === 'KR'),
    );
    expect(kept({ releasedFrom: '2025-07-16', releasedTo: '2026-01-15' })).toEqual(
      csvIds((r) => r.release_date !== '' && r.release_date >= '2025-07-16' && r.release_date <= '2026-01-15'),
    );
  });

  it('the role in the scenario: candidates are its alternatives, references its references', () => {
    expect(kept({ roles: ['candidate'] })).toEqual(
      scenario.dataset.models.filter((m) => scenario.alternatives.includes(m.id)).map((m) => m.id),
    );
    expect(new Set(kept({ roles: ['reference'] }))).toEqual(new Set(scenario.references));
    expect(kept({})).toHaveLength(modelsCsv.length);
  });

  it('refuses a range whose ends are the wrong way round, naming the field', () => {
    const r = ModelFilterSchema.safeParse({ params: { min: 50, max: 40 } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(['params', 'max']);
  });
});
