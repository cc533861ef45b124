import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FrontierRulesSchema } from '../../../shared/domain/programme';
import { ScenarioSchema } from '../../../shared/domain/scenario';
import { indexDataset } from '../../../shared/dataset/index';
import { selectReferences } from '../../../shared/evaluation/programme/reference-set';
import { modelsCsv } from './reference-csv';

const root = join(import.meta.dirname, '../../..');
const scenario = ScenarioSchema.parse(
  JSON.parse(readFileSync(join(root, 'data/scenarios/frontier-check.sewb'), 'utf8')),
);
const models = indexDataset(scenario.dataset).models;
const WIDE = { start: '1900-01-01', end: '2100-01-01' };

describe('the frontier reference rules with an attribute filter', () => {
  it('keeps only the references of 300B total parameters or fewer; the others (and unknown counts) are named', () => {
    const rules = FrontierRulesSchema.parse({
      evaluationDate: '2026-01-15',
      referenceFilter: { params: { max: 300 } },
    });
    const set = selectReferences(scenario.references, models, rules, WIDE);
    const csv = new Map(modelsCsv.map((r) => [r.id, r]));
    const small = (id: string) => csv.get(id)!.total_params_b !== '' && Number(csv.get(id)!.total_params_b) <= 300;
    const dated = (id: string) => csv.get(id)!.release_date !== '';
    expect(set.included.map((r) => r.model)).toEqual(scenario.references.filter((id) => small(id) && dated(id)));
    expect(set.excluded.filter((e) => e.reason === 'attribute-filter').map((e) => e.model)).toEqual(
      scenario.references.filter((id) => !small(id)),
    );
  });

  it('rules without the field select as before (the shipped scenario opens unchanged)', () => {
    const rules = scenario.programme!.frontier!;
    expect(rules.referenceFilter).toBeUndefined();
    const set = selectReferences(scenario.references, models, rules, WIDE);
    expect(set.excluded.some((e) => e.reason === 'attribute-filter')).toBe(false);
  });
});
