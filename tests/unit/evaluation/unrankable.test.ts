import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/domain/scenario';
import { EngineError } from '../../../shared/engine/errors';
import { evaluateScenario, UnrankableError } from '../../../shared/evaluation/evaluate';
import { tinyScenario } from '../services/fixtures';

/** The reason an evaluation was refused, or null when it ranked. */
function refusal(scenario: Scenario) {
  try {
    evaluateScenario(scenario);
    return null;
  } catch (error) {
    if (error instanceof UnrankableError) return error;
    throw error;
  }
}

// tinyScenario: m-one, m-two, m-three; acc (higher better) 10 / 20 / 30, err (lower better) 1 / 2 / 3; weights 3, 1.
const tiny = (change: Partial<Scenario> = {}): Scenario => ({ ...tinyScenario(), ...change });

describe('all criteria weigh 0', () => {
  it('is refused as all-weights-zero (a typed invalid-weights EngineError), never ranked with equal weights', () => {
    const s = tiny();
    const error = refusal({ ...s, criteria: s.criteria.map((c) => ({ ...c, weight: 0 })) });
    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({ code: 'invalid-weights', reason: { kind: 'all-weights-zero' } });
    expect(error?.message).toBe('All criteria weigh 0: set a weight to rank');
  });

  it('also when the criteria sit in groups that all weigh 0', () => {
    const s = tiny();
    const grouped: Scenario = {
      ...s,
      groups: [{ id: 'g', label: 'g', weight: 0 }],
      criteria: s.criteria.map((c) => ({ ...c, group: 'g' })),
    };
    expect(refusal(grouped)?.reason).toEqual({ kind: 'all-weights-zero' });
    expect(refusal({ ...grouped, groups: [{ id: 'g', label: 'g', weight: 1 }] })).toBeNull();
  });

  it('one positive weight is enough to rank', () => {
    const s = tiny();
    const e = evaluateScenario({
      ...s,
      criteria: [
        { ...s.criteria[0], weight: 0 },
        { ...s.criteria[1], weight: 5 },
      ],
    });
    // err alone, lower better: m-one (1) first.
    expect(e.order).toEqual(['m-one', 'm-two', 'm-three']);
  });
});

describe('WPM over values that are not all positive', () => {
  it('min-max gives the worst value 0: refused naming the cell, with the normalizations that would do', () => {
    const error = refusal(tiny({ method: { name: 'wpm', v: 0.5 } }));
    // Min-max gives m-one 0 on acc (its 10 is the lowest). "max" gives err's worst (3) 1 − 3/3 = 0 too; linear
    // (x/30, 1/x), sum, vector (1 − x/√14) and rank are all > 0.
    expect(error).toMatchObject({
      code: 'zero-value',
      reason: {
        kind: 'needs-positive-values',
        normalization: 'minmax',
        model: 'm-one',
        benchmark: 'acc',
        value: 0,
        fixes: ['linear', 'sum', 'vector', 'rank'],
      },
    });
    expect(error?.message).toMatch(/^WPM needs positive values .*: choose linear or sum normalization$/);
  });

  it('z-scores (negative below the mean) are refused the same way', () => {
    expect(refusal(tiny({ method: { name: 'wpm', v: 0.5 }, normalization: 'zscore' }))?.reason).toMatchObject({
      kind: 'needs-positive-values',
      model: 'm-one',
      benchmark: 'acc',
      value: -1,
    });
  });

  it('ranks under a suggested normalization, and ignores a zero on a criterion that weighs 0', () => {
    // Rank (1 = worst … 3 = best): acc 1, 2, 3; err (lower better) 3, 2, 1. P = acc^0.75 · err^0.25:
    // m-one 3^0.25 = 1.316, m-two 2^0.75 · 2^0.25 = 2, m-three 3^0.75 = 2.280.
    const ranked = evaluateScenario(tiny({ method: { name: 'wpm', v: 0.5 }, normalization: 'rank' }));
    expect(ranked.order).toEqual(['m-three', 'm-two', 'm-one']);
    expect(ranked.alternatives.map((a) => a.composite)).toEqual([
      expect.closeTo(3 ** 0.25, 12),
      expect.closeTo(2, 12),
      expect.closeTo(3 ** 0.75, 12),
    ]);
    const s = tiny({ method: { name: 'wpm', v: 0.5 } });
    expect(refusal({ ...s, criteria: [{ ...s.criteria[0], weight: 0 }, s.criteria[1]] })).toMatchObject({
      reason: { model: 'm-three', benchmark: 'err' },
    });
  });

  it('other methods take min-max zeros as they are', () => {
    expect(refusal(tiny({ method: { name: 'wsm', v: 0.5 } }))).toBeNull();
    expect(refusal(tiny({ method: { name: 'topsis', v: 0.5 } }))).toBeNull();
  });
});
