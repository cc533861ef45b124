import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../shared/evaluation/evaluate';
import { weightStability } from '../../../shared/evaluation/robustness';
import { shipped, withWeight } from './shipped-scenario';

describe('weight stability intervals (WSM)', () => {
  const evaluation = evaluateScenario(shipped);
  const result = weightStability(evaluation);

  it('inside each interval the ranking is the one shown; just past either end it changes', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.criteria).toHaveLength(shipped.criteria.length);
    result.criteria.forEach((c, k) => {
      expect(c.lower).toBeLessThanOrEqual(c.weight);
      expect(c.upper).toBeGreaterThanOrEqual(c.weight);
      for (const t of [c.lower + 0.25 * (c.weight - c.lower), c.weight + 0.75 * (c.upper - c.weight)])
        expect(evaluateScenario(withWeight(shipped, k, t)).order).toEqual(evaluation.order);
      if (c.upper < 1 - 1e-3) {
        const past = evaluateScenario(withWeight(shipped, k, c.upper + 1e-3)).order;
        expect(past).not.toEqual(evaluation.order);
        expect(past.indexOf(c.above!.behind)).toBeLessThan(past.indexOf(c.above!.ahead));
      }
      if (c.lower > 1e-3) {
        const past = evaluateScenario(withWeight(shipped, k, c.lower - 1e-3)).order;
        expect(past.indexOf(c.below!.behind)).toBeLessThan(past.indexOf(c.below!.ahead));
      }
    });
  });

  it('reports no swap at weight 0 or 1, where a crossing is only a tie at the end of the range', () => {
    if (!result.ok) throw new Error(result.reason);
    for (const c of result.criteria) {
      if (c.above) expect(c.above.at).toBeLessThan(1);
      if (c.below) expect(c.below.at).toBeGreaterThan(0);
      expect(c.above === null).toBe(c.upper === 1);
      expect(c.below === null).toBe(c.lower === 0);
    }
  });

  it('says why when there are no exact intervals', () => {
    expect(weightStability(evaluateScenario({ ...shipped, method: { name: 'topsis', v: 0.5 } }))).toEqual({
      ok: false,
      reason: 'not-additive',
    });
    expect(weightStability(evaluateScenario({ ...shipped, missing: 'renormalize' }))).toEqual({
      ok: false,
      reason: 'incomplete',
    });
  });
});
