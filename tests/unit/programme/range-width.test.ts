import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProgrammeSchema, type ProgrammeInput } from '../../../shared/domain/programme';
import { ScenarioSchema } from '../../../shared/domain/scenario';
import { roundProbabilities } from '../../../shared/evaluation/programme/monte-carlo';
import { scenarioProgramme } from '../../../shared/evaluation/programme/programme';
import { RANGE_FACTORS, rangeWidthSweep, scaleRanges } from '../../../shared/evaluation/programme/range-width';
import { makeScenario } from './fixture';

const root = join(import.meta.dirname, '../../..');
const announced = ScenarioSchema.parse(
  JSON.parse(readFileSync(join(root, 'data/scenarios/round1-as-announced.sewb'), 'utf8')),
);

/** Three teams on one 100-point panel: a in [40, 60], b in [46, 58], c exactly 70; the lowest goes. */
const small: ProgrammeInput = {
  schemes: [{ id: 's', label: 's', components: [{ id: 'panel', label: 'panel', maxPoints: 100 }] }],
  rounds: [
    {
      id: 'r1',
      label: 'round 1',
      date: '2026-01-15',
      entrants: ['a', 'b', 'c'],
      cut: { kind: 'eliminate', count: 1 },
      scheme: 's',
      entries: [
        { kind: 'range', model: 'a', component: 'panel', lo: 40, hi: 60 },
        { kind: 'range', model: 'b', component: 'panel', lo: 46, hi: 58 },
        { kind: 'exact', model: 'c', component: 'panel', points: 70 },
      ],
    },
  ],
};

describe('P(eliminated) as the ranges narrow and widen', () => {
  it('at ×1 it is the scenario’s own P(eliminated), same seed and samples', () => {
    const programme = scenarioProgramme(announced)!;
    const opts = { samples: 4000, seed: announced.uncertainty.seed, benchmarkNoiseSd: 0 };
    const sweep = rangeWidthSweep(announced, programme, RANGE_FACTORS, opts);
    const at1 = sweep.find((p) => p.factor === 1)!;
    expect(at1.result).toEqual(roundProbabilities(announced, programme, opts));
  });

  it('a scaled case equals the exact probability of two uniform scores', () => {
    const programme = ProgrammeSchema.parse(small);
    const scenario = makeScenario({
      models: ['a', 'b', 'c'].map((id) => ({ id })),
      observations: [],
      programme: small,
    });
    const sweep = rangeWidthSweep(scenario, programme, [0.5, 2], { samples: 40_000, seed: 11, benchmarkNoiseSd: 0 });
    // a ~ U(m_a ± f·10), b ~ U(m_b ± f·6) with m_a = 50, m_b = 52; a goes when a < b (c is far above).
    // While b's range lies inside a's, P(a < b) = E_b[(b − lo_a)/(hi_a − lo_a)] = (52 − lo_a)/(20·f):
    // ×0.5: a in [45, 55], b in [49, 55]: P = 7/10; ×2: a in [30, 70], b in [40, 64]: P = 22/40.
    const exact = { 0.5: 0.7, 2: 0.55 } as Record<number, number>;
    for (const point of sweep) {
      const teams = point.result!.rounds[0].teams;
      expect(Math.abs(teams.a.eliminated - exact[point.factor])).toBeLessThan(0.01); // sd ≈ 0.0025
      expect(Math.abs(teams.b.eliminated - (1 - exact[point.factor]))).toBeLessThan(0.01);
      expect(teams.c.eliminated).toBe(0);
    }
  });

  it('scales each range about its midpoint within [0, maxPoints] and leaves exact scores alone', () => {
    const programme = ProgrammeSchema.parse({
      ...small,
      rounds: [
        {
          ...small.rounds![0],
          entries: [
            { kind: 'range', model: 'a', component: 'panel', lo: 2, hi: 10 },
            { kind: 'range', model: 'b', component: 'panel', lo: 90, hi: 98 },
            { kind: 'exact', model: 'c', component: 'panel', points: 70 },
          ],
        },
      ],
    });
    const entries = scaleRanges(programme, 2).rounds[0].entries;
    expect(entries[0]).toMatchObject({ lo: 0, hi: 14 });
    expect(entries[1]).toMatchObject({ lo: 86, hi: 100 });
    expect(entries[2]).toMatchObject({ kind: 'exact', points: 70 });
    expect(scaleRanges(programme, 0.5).rounds[0].entries[0]).toMatchObject({ lo: 4, hi: 8 });
    expect(scaleRanges(programme, 1)).toBe(programme);
  });
});
