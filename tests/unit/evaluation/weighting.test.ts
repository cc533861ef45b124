import { describe, expect, it } from 'vitest';
import { ScenarioSchema, type Scenario } from '../../../shared/domain/scenario';
import { evaluateScenario, UnrankableError } from '../../../shared/evaluation/evaluate';
import { deriveWeights, WeightingError, type WeightingRefusal } from '../../../shared/evaluation/weighting';
import {
  withCriterion,
  withGrouping,
  withGroupWeight,
  withoutCriterion,
  withPreference,
} from '../../../renderer/src/state/criteria-edits';
import { scoreRef } from '../engine/reference/mcda-reference';
import { tinyScenario } from '../services/fixtures';

const NO_DATA = { values: { rows: 0, cols: 0, data: new Float64Array() }, directions: [] };
const ids = ['a', 'b', 'c'];

function refusalOf(run: () => unknown): WeightingRefusal | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof WeightingError) return error.refusal;
    throw error;
  }
}

describe('deriveWeights: each recorded weighting reproduces its weights', () => {
  it('points are points / 100, and must use the budget exactly', () => {
    const w = deriveWeights(ids, [], { method: 'points', points: { a: 50, b: 30, c: 20 } }, NO_DATA);
    expect(w.weights).toEqual([0.5, 0.3, 0.2]);
    expect(refusalOf(() => deriveWeights(ids, [], { method: 'points', points: { a: 50, b: 30 } }, NO_DATA))).toEqual({
      kind: 'points-budget',
      total: 80,
    });
  });

  it('rank order → ROC by each criterion’s place (n = 3: 11/18, 5/18, 2/18), a repeated place refused', () => {
    const rank = { scheme: 'roc' as const, ranks: { a: 2, b: 1, c: 3 } };
    const w = deriveWeights(ids, [], { method: 'rank', rank }, NO_DATA).weights;
    [5 / 18, 11 / 18, 2 / 18].forEach((x, j) => expect(w[j]).toBeCloseTo(x, 12));
    const repeated = { method: 'rank' as const, rank: { scheme: 'roc' as const, ranks: { a: 1, b: 1, c: 2 } } };
    expect(refusalOf(() => deriveWeights(ids, [], repeated, NO_DATA))).toEqual({
      kind: 'rank-repeated',
      benchmark: 'b',
    });
  });

  it('AHP reads its matrix by benchmark, whatever order the scenario lists the criteria in', () => {
    // priorities 4 : 2 : 1 over [c, a, b] (consistent): c 4/7, a 2/7, b 1/7
    const pairwise = [
      [1, 2, 4],
      [1 / 2, 1, 2],
      [1 / 4, 1 / 2, 1],
    ];
    const w = deriveWeights(
      ids,
      [],
      { method: 'ahp', ahp: { priority: 'geometric', criteria: ['c', 'a', 'b'], pairwise } },
      NO_DATA,
    );
    [2 / 7, 1 / 7, 4 / 7].forEach((x, j) => expect(w.weights[j]).toBeCloseTo(x, 12));
    expect(w.ahp!.cr!).toBeCloseTo(0, 12);
  });

  it('swing: ratings 100, 60, 20 give 100/180, 60/180, 20/180; a top swing not rated 100 is named', () => {
    const swing = { ranks: { a: 1, b: 2, c: 3 }, ratings: { a: 100, b: 60, c: 20 } };
    const w = deriveWeights(ids, [], { method: 'swing', swing }, NO_DATA).weights;
    [100 / 180, 60 / 180, 20 / 180].forEach((x, j) => expect(w[j]).toBeCloseTo(x, 12));
    const top = { ...swing, ratings: { a: 90, b: 60, c: 20 } };
    expect(refusalOf(() => deriveWeights(ids, [], { method: 'swing', swing: top }, NO_DATA))).toEqual({
      kind: 'swing-top',
      benchmark: 'a',
    });
  });

  it('entropy refuses a missing value, naming the candidate row and the criterion', () => {
    const values = { rows: 2, cols: 3, data: Float64Array.from([1, 2, 3, 4, NaN, 6]) };
    expect(
      refusalOf(() =>
        deriveWeights(ids, [], { method: 'entropy' }, { values, directions: ['higher', 'higher', 'higher'] }),
      ),
    ).toEqual({ kind: 'missing-value', model: 1, benchmark: 'b' });
  });
});

describe('scenario fields for building an evaluation', () => {
  it('a file with a weighting, a preference function and nested groups opens; an unknown parent is named', () => {
    const s = withPreference(withGrouping(tinyScenario(), 'language-category'), 'acc', { type: 'v-shape', p: 5 });
    const withWeighting = { ...s, weighting: { method: 'points' as const, points: { acc: 60, err: 40 } } };
    expect(ScenarioSchema.parse(JSON.parse(JSON.stringify(withWeighting)))).toEqual(withWeighting);
    const bad = { ...s, groups: [...s.groups, { id: 'x', label: 'x', weight: 1, parent: 'nowhere' }] };
    const result = ScenarioSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(`groups.${s.groups.length}.parent`);
  });

  it('adding or removing a criterion makes the weighting direct (its weights are no longer the method’s), inputs kept', () => {
    const points = { acc: 60, err: 40 };
    const s: Scenario = { ...tinyScenario(), weighting: { method: 'points', points } };
    expect(withoutCriterion(s, 'err').weighting).toEqual({ method: 'direct', points });
    const one = { ...s, criteria: s.criteria.slice(0, 1) };
    expect(withCriterion(one, 'err').weighting).toEqual({ method: 'direct', points });
    expect(withoutCriterion(one, 'acc')).toBe(one); // never the last criterion
  });

  it('language › category weights multiply: en 1 × (knowledge ½ | safety ½) × 1 each', () => {
    const s = withGroupWeight(withGrouping(tinyScenario(), 'language-category'), 'lang:en/cat:knowledge', 30);
    // within en: knowledge 30, safety 10 → ¾, ¼; each category holds one criterion
    expect(evaluateScenario(s).criteria.map((c) => c.weight)).toEqual([0.75, 0.25]);
  });

  it('a weighted group whose criteria all weigh 0 is unrankable, naming the group (not equal shares)', () => {
    const grouped = withGrouping(tinyScenario(), 'category');
    const s: Scenario = {
      ...grouped,
      criteria: grouped.criteria.map((c) => (c.benchmark === 'err' ? { ...c, weight: 0 } : c)),
    };
    let error: unknown = null;
    try {
      evaluateScenario(s);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnrankableError);
    expect((error as UnrankableError).reason).toEqual({
      kind: 'group-weights-zero',
      group: 'cat:safety',
      label: 'safety',
    });
  });

  it('PROMETHEE II uses each criterion’s preference function, as the independent reference computes', () => {
    const base = tinyScenario();
    const s: Scenario = withPreference({ ...base, method: { name: 'promethee2', v: 0.5 } }, 'acc', {
      type: 'linear',
      q: 5,
      p: 15,
    });
    const e = evaluateScenario(s);
    const matrix = [0, 1, 2].map((r) => [e.values.data[r * 2], e.values.data[r * 2 + 1]]);
    const ref = scoreRef({
      matrix,
      dirs: ['benefit', 'cost'],
      weights: [3, 1],
      method: 'promethee2',
      preferences: [{ type: 'linear', q: 5, p: 15 }, { type: 'usual' }],
    });
    e.alternatives.forEach((a, i) => expect(a.composite).toBeCloseTo(ref.scores[i], 12));
    const usual = evaluateScenario({ ...s, criteria: base.criteria });
    expect(usual.alternatives.map((a) => a.composite)).not.toEqual(e.alternatives.map((a) => a.composite));
  });
});
