import { describe, expect, it } from 'vitest';
import { FrontierRulesSchema } from '../../../shared/domain/programme';
import { subtractMonths } from '../../../shared/evaluation/programme/dates';
import { frontierAnalysis } from '../../../shared/evaluation/programme/frontier';
import { makeScenario } from './fixture';

const rules = (extra: object = {}) => FrontierRulesSchema.parse({ evaluationDate: '2026-01-15', ...extra });
const ref = (id: string, releaseDate: string | null, extra: object = {}) => ({
  id,
  group: 'reference' as const,
  releaseDate,
  ...extra,
});

describe('frontier window', () => {
  it('subtracts calendar months and clamps to the end of shorter months', () => {
    expect(subtractMonths('2026-01-15', 6)).toBe('2025-07-15');
    expect(subtractMonths('2026-01-15', 3)).toBe('2025-10-15');
    expect(subtractMonths('2026-08-31', 6)).toBe('2026-02-28');
    expect(subtractMonths('2024-08-31', 6)).toBe('2024-02-29');
    expect(subtractMonths('2026-03-10', 15)).toBe('2024-12-10');
  });

  it('includes models released exactly on either end and excludes one day outside', () => {
    const s = makeScenario({
      models: [
        { id: 'c1' },
        ref('r-start', '2025-07-15'),
        ref('r-end', '2026-01-15'),
        ref('r-before', '2025-07-14'),
        ref('r-after', '2026-01-16'),
        ref('r-undated', null),
      ],
      observations: [{ model: 'c1', benchmark: 'acc', value: 50 }],
    });
    const f = frontierAnalysis(s, rules(), ['c1']);
    expect(f.window).toEqual({ start: '2025-07-15', end: '2026-01-15' });
    expect(f.references.included.map((r) => r.model).sort()).toEqual(['r-end', 'r-start']);
    expect(Object.fromEntries(f.references.excluded.map((e) => [e.model, e.reason]))).toEqual({
      'r-before': 'before-window',
      'r-after': 'after-window',
      'r-undated': 'unknown-release-date',
    });
  });

  it('applies the user filters on country and open weights', () => {
    const s = makeScenario({
      models: [
        { id: 'c1' },
        ref('r-cn', '2025-10-01', { country: 'CN' }),
        ref('r-closed', '2025-10-01', { openWeights: false }),
      ],
      observations: [],
    });
    const f = frontierAnalysis(s, rules({ excludeCountries: ['cn'], openWeightsOnly: true }), ['c1']);
    expect(f.references.included).toEqual([]);
    expect(f.references.excluded.map((e) => e.reason)).toEqual(['country', 'not-open-weights']);
  });
});

describe('frontier ratios', () => {
  const models = [{ id: 'c1' }, ref('r1', '2025-09-01'), ref('r2', '2025-12-01')];
  const observations = [
    { model: 'c1', benchmark: 'acc', value: 76 },
    { model: 'r1', benchmark: 'acc', value: 80 },
    { model: 'r2', benchmark: 'acc', value: 70 },
    { model: 'c1', benchmark: 'err', value: 20 },
    { model: 'r1', benchmark: 'err', value: 10 },
    { model: 'r2', benchmark: 'err', value: 16 },
  ];

  it('takes score / best for higher-is-better and best / score for lower-is-better, naming who sets the bar', () => {
    const f = frontierAnalysis(makeScenario({ models, observations }), rules(), ['c1']);
    const acc = f.candidates[0].cells.acc;
    const err = f.candidates[0].cells.err;
    expect(acc.state === 'ratio' && [acc.ratio, acc.bar.value, acc.bar.setBy, acc.reaches]).toEqual([
      0.95,
      80,
      ['r1'],
      true,
    ]);
    expect(err.state === 'ratio' && [err.ratio, err.bar.value, err.bar.setBy, err.reaches]).toEqual([
      0.5,
      10,
      ['r1'],
      false,
    ]);
    expect(f.candidates[0].aggregate).toBeCloseTo(0.725, 12);
    expect(f.candidates[0].pass).toBe(false);
  });

  it('uses the median or a named model when asked, and the share of benchmarks at the threshold', () => {
    const s = makeScenario({ models, observations });
    const median = frontierAnalysis(s, rules({ referenceValue: { kind: 'median' } }), ['c1']).candidates[0].cells.acc;
    expect(median.state === 'ratio' && median.bar.value).toBe(75);
    const named = frontierAnalysis(s, rules({ referenceValue: { kind: 'model', model: 'r2' } }), ['c1']);
    const cell = named.candidates[0].cells.err;
    expect(cell.state === 'ratio' && cell.ratio).toBeCloseTo(0.8, 12);
    const share = frontierAnalysis(s, rules({ aggregate: 'share-at-threshold', passShare: 0.5 }), ['c1']).candidates[0];
    expect([share.aggregate, share.pass]).toEqual([0.5, true]);
  });

  it('gives an explicit no-reference state, not a ratio, when no reference is in the window', () => {
    const s = makeScenario({ models, observations });
    const f = frontierAnalysis(s, rules({ evaluationDate: '2025-06-30' }), ['c1']);
    expect(f.references.included).toEqual([]);
    expect(f.candidates[0].cells.acc).toEqual({
      state: 'no-reference',
      value: 76,
      detail: 'no reference model in the window',
    });
    expect([f.candidates[0].aggregate, f.candidates[0].pass]).toEqual([null, null]);
  });

  it('in same-report mode compares only with reference values printed in the candidate’s own report', () => {
    const s = makeScenario({
      models,
      observations: [
        { model: 'c1', benchmark: 'acc', value: 60, source: 'src-c1' },
        { model: 'r2', benchmark: 'acc', value: 64, source: 'src-c1', measuredBy: 'maker of c1' },
        { model: 'r1', benchmark: 'acc', value: 90, source: 'src-r1' },
        { model: 'c1', benchmark: 'err', value: 5, source: 'src-c1' },
        { model: 'r1', benchmark: 'err', value: 4, source: 'src-r1' },
      ],
    });
    const standard = frontierAnalysis(s, rules(), ['c1']).candidates[0].cells.acc;
    expect(standard.state === 'ratio' && standard.bar.setBy).toEqual(['r1']);
    const same = frontierAnalysis(s, rules({ sameReport: true }), ['c1']);
    const acc = same.candidates[0].cells.acc;
    expect(acc.state === 'ratio' && [acc.ratio, acc.bar.setBy, acc.bar.sources]).toEqual([60 / 64, ['r2'], ['src-c1']]);
    expect(same.candidates[0].cells.err.state).toBe('no-reference');
    expect(same.benchmarks.every((b) => b.bar === null)).toBe(true);
  });
});
