import { describe, expect, it } from 'vitest';
import { kendallTauB, spearman, weightedSpearman, wsCoefficient } from '../../../shared/engine/rank-compare';
import { borda } from '../../../shared/engine/methods/borda';
import { competitionRanks, fractionalRanks } from '../../../shared/engine/rank';

describe('rank similarity — Sałabun & Urbaniak (2020), ICCS 2020, LNCS 12139, 632–645', () => {
  const x = [1, 2, 3, 4, 5];
  const y = [1, 3, 2, 4, 5];
  it('Spearman 0.9', () => expect(spearman(x, y)).toBeCloseTo(0.9, 12));
  it('weighted Spearman r_w 0.8833', () => expect(Number(weightedSpearman(x, y).toFixed(4))).toBe(0.8833));
  it('WS 0.8542', () => expect(Number(wsCoefficient(x, y).toFixed(4))).toBe(0.8542));
  it('WS weighs a swap at the top more than one at the bottom', () => {
    expect(wsCoefficient(x, [2, 1, 3, 4, 5])).toBeLessThan(wsCoefficient(x, [1, 2, 3, 5, 4]));
  });
});

describe('Kendall τ_b (Kendall 1945)', () => {
  it('one discordant pair of ten gives 0.8', () =>
    expect(kendallTauB([1, 2, 3, 4, 5], [1, 3, 2, 4, 5])).toBeCloseTo(0.8, 12));
  it('corrects for ties: (n_c − n_d)/√((n0 − n1)(n0 − n2))', () => {
    // a = 1,2,2,4 and b = 1,2,3,4: 5 concordant, 0 discordant, 1 tie in a; n0 = 6 → 5/√(5·6)
    expect(kendallTauB([1, 2, 2, 4], [1, 2, 3, 4])).toBeCloseTo(5 / Math.sqrt(30), 12);
  });
  it('is null (not NaN) for a constant ranking', () => expect(kendallTauB([1, 1, 1], [1, 2, 3])).toBeNull());
  it('reversed rankings give −1', () => {
    expect(kendallTauB([1, 2, 3], [3, 2, 1])).toBe(-1);
    expect(spearman([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
  });
});

describe('ranks', () => {
  it('competition ranking 1, 2, 2, 4 with a deterministic order for equal scores', () => {
    expect(competitionRanks([9, 5, 5, 1])).toEqual({ rank: [1, 2, 2, 4], order: [0, 1, 2, 3] });
    expect(competitionRanks([1, 5, 5, 9], 'lower').rank).toEqual([1, 2, 2, 4]);
  });
  it('fractional ranks average ties', () => expect(fractionalRanks([9, 5, 5, 1], 'higher')).toEqual([1, 2.5, 2.5, 4]));
});

describe('rank vectors are validated (issue 9: [0, −3, 7] gave a weighted Spearman of −11.5)', () => {
  it('a rank outside 1..N is refused naming the entry, by every coefficient and by Borda', () => {
    for (const f of [spearman, kendallTauB, weightedSpearman, wsCoefficient])
      expect(() => f([0, -3, 7], [1, 2, 3])).toThrow(
        expect.objectContaining({ code: 'invalid-parameter', path: ['a', 0] }),
      );
    expect(() => weightedSpearman([1, 2, 3], [1, 2, 4])).toThrow(expect.objectContaining({ path: ['b', 2] }));
    expect(() =>
      borda([
        [1, 2],
        [3, 1],
      ]),
    ).toThrow(expect.objectContaining({ path: ['rankings', 1, 0] }));
  });

  it('lengths must match and a ranking needs two entries; tied and mid-ranks (2.5) are ranks', () => {
    expect(() => spearman([1, 2, 3], [1, 2])).toThrow(expect.objectContaining({ code: 'shape', path: ['b'] }));
    expect(() => spearman([1], [1])).toThrow(expect.objectContaining({ code: 'shape' }));
    // Mid-ranks 1, 2.5, 2.5, 4 against 1, 2, 3, 4: Pearson of the ranks, by hand ρ = 4.5/√(4.5·5) = √0.9.
    expect(spearman([1, 2.5, 2.5, 4], [1, 2, 3, 4])).toBeCloseTo(Math.sqrt(0.9), 12);
  });
});
