import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../../shared/domain/scenario';
import { evaluateScenario } from '../../../shared/evaluation/evaluate';
import { rankingAcceptability } from '../../../shared/evaluation/robustness';

const scenario = ScenarioSchema.parse(
  JSON.parse(readFileSync(join(__dirname, '../../../data/scenarios/default.sewb'), 'utf8')),
);
const evaluation = evaluateScenario(scenario);

describe('rank acceptability of the ranking shown (SMAA-2)', () => {
  it('is a distribution over ranks per model and over models per rank', () => {
    const r = rankingAcceptability(evaluation, { kind: 'unknown' }, 4000, 7);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const m = r.result.models.length;
    for (const row of r.result.acceptability) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    for (let k = 0; k < m; k++) expect(r.result.acceptability.reduce((a, row) => a + row[k], 0)).toBeCloseTo(1, 9);
  });

  it('with the weights known firmly, each model takes the rank the Results view shows', () => {
    const r = rankingAcceptability(evaluation, { kind: 'around-current', concentration: 1e6 }, 2000, 1);
    if (!r.ok) throw new Error(r.reason);
    r.result.models.forEach((model, i) => {
      const shown = evaluation.alternatives.find((a) => a.model === model)!.rank;
      expect(r.result.acceptability[i][shown - 1]).toBeGreaterThan(0.99);
    });
  });

  it('is reproducible from its seed', () => {
    const a = rankingAcceptability(evaluation, { kind: 'around-current', concentration: 20 }, 3000, 99);
    const b = rankingAcceptability(evaluation, { kind: 'around-current', concentration: 20 }, 3000, 99);
    expect(a).toEqual(b);
  });

  it('needs a value in every cell it ranks', () => {
    expect(
      rankingAcceptability(evaluateScenario({ ...scenario, missing: 'renormalize' }), { kind: 'unknown' }, 100, 1),
    ).toEqual({ ok: false, reason: 'incomplete' });
  });
});
