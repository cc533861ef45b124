import { describe, expect, it } from 'vitest';
import { ProgrammeSchema, type ProgrammeInput } from '../../../shared/domain/programme';
import { createPrng } from '../../../shared/engine/prng';
import { applyCut } from '../../../shared/evaluation/programme/cut';
import { roundProbabilities } from '../../../shared/evaluation/programme/monte-carlo';
import { evaluateRounds } from '../../../shared/evaluation/programme/rounds';
import { drawSumGroup, makeSumGroup } from '../../../shared/evaluation/programme/sampler';
import { makeScenario } from './fixture';

const teams = ['a', 'b', 'c', 'd'];
const scheme = {
  id: 's',
  label: 'panel',
  components: [
    { id: 'bench', label: 'bench', maxPoints: 40 },
    { id: 'nia', label: 'nia', maxPoints: 10, parent: 'bench' },
    { id: 'common', label: 'common', maxPoints: 30, parent: 'bench' },
    { id: 'panel', label: 'panel', maxPoints: 60 },
  ],
};
const exact = (model: string, component: string, points: number) => ({
  kind: 'exact' as const,
  model,
  component,
  points,
});

function programme(
  totals: Record<string, number>,
  extra: Partial<ProgrammeInput['rounds'] extends (infer R)[] | undefined ? R : never> = {},
): ProgrammeInput {
  return {
    gates: [
      {
        id: 'indep',
        label: 'independence',
        reason: 'in-house weights',
        rule: {
          kind: 'verdicts',
          verdicts: [{ model: 'a', pass: false, reason: 'foreign encoder', source: 'https://example.org/ruling' }],
        },
      },
      { id: 'scratch', label: 'from scratch', rule: { kind: 'from-scratch' } },
    ],
    schemes: [scheme],
    rounds: [
      {
        id: 'r1',
        label: 'round 1',
        date: '2026-01-15',
        entrants: teams,
        cut: { kind: 'eliminate', count: 1 },
        scheme: 's',
        entries: Object.entries(totals).map(([m, t]) => exact(m, 'panel', t)),
        ...extra,
      },
    ],
  };
}
const scenario = (p: ProgrammeInput, uncertainty = false) =>
  makeScenario({ models: teams.map((id) => ({ id })), observations: [], programme: p, uncertainty });
const run = (p: ProgrammeInput) => evaluateRounds(scenario(p), ProgrammeSchema.parse(p))[0];

describe('the cut line', () => {
  it('eliminates the lowest total and gives each team its margin to the line: total − the lowest total kept', () => {
    const r = run(programme({ a: 50, b: 40, c: 30, d: 20 }));
    expect(r.eliminated).toEqual(['d']);
    // Three of four are kept: the line is the third highest total, 30 (c's), whatever d scored.
    expect(r.cutLine).toBe(30);
    const byModel = Object.fromEntries(r.teams.map((t) => [t.model, t]));
    expect(byModel.a.margin).toBe(50 - 30);
    expect(byModel.b.margin).toBe(40 - 30);
    expect(byModel.c.margin).toBe(0);
    expect(byModel.d).toMatchObject({ status: 'eliminated', by: 'score', margin: 20 - 30 });
  });

  it('measures every margin against the same line: ≥ 0 exactly for the teams that advance', () => {
    const totals = { a: 41.4, b: 57.9, c: 59.2, d: 54.9 };
    const r = run(programme(totals, { cut: { kind: 'keep', count: 2 } }));
    expect(r.cutLine).toBe(57.9);
    for (const t of r.teams) {
      expect(t.margin).toBeCloseTo(totals[t.model as keyof typeof totals] - 57.9, 12);
      expect(t.margin! >= 0).toBe(t.status === 'advances');
    }
  });

  it('places the line by the tie rule: at the tied total (margin 0) or at the next total above', () => {
    const tied = { a: 50, b: 40, c: 30, d: 30 };
    const advance = run(programme(tied));
    expect(advance.cutLine).toBe(30);
    expect(advance.teams.filter((t) => t.margin === 0).map((t) => t.model)).toEqual(['c', 'd']);
    const out = run(programme(tied, { tieRule: 'all-eliminated' }));
    expect(out.cutLine).toBe(40);
    expect(Object.fromEntries(out.teams.map((t) => [t.model, t.margin]))).toEqual({ a: 10, b: 0, c: -10, d: -10 });
  });

  it('has no line, and no margins, when the rule cuts nobody or nobody advances', () => {
    expect(run(programme({ a: 50, b: 40, c: 30, d: 20 }, { cut: { kind: 'keep', count: 4 } }))).toMatchObject({
      cutLine: null,
      teams: [{ margin: null }, { margin: null }, { margin: null }, { margin: null }],
    });
    const allTied = run(programme({ a: 30, b: 30, c: 30, d: 30 }, { tieRule: 'all-eliminated' }));
    expect(allTied.advancing).toEqual([]);
    expect(allTied.cutLine).toBeNull();
  });

  it('a margin tied within floating point is 0, not −0.0', () => {
    // 0.1 + 0.2 and 0.3 differ by 5.6e-17: tied, so both advance, and neither is "below" the line.
    const r = run(programme({ a: 0.1 + 0.2, b: 0.3, c: 1, d: 0.1 }));
    expect(r.cutLine).toBeCloseTo(0.3, 12);
    expect(r.teams.filter((t) => t.model === 'a' || t.model === 'b').map((t) => t.margin)).toEqual([0, 0]);
  });

  it('keeps every team tied at the cut under "all-advance" and eliminates them all under "all-eliminated"', () => {
    const tied = { a: 50, b: 40, c: 30, d: 30 };
    const advance = run(programme(tied));
    expect(advance.eliminated).toEqual([]);
    expect(advance.teams.filter((t) => t.tiedAtCut).map((t) => t.model)).toEqual(['c', 'd']);
    const out = run(programme(tied, { tieRule: 'all-eliminated' }));
    expect(out.eliminated).toEqual(['c', 'd']);
  });

  it('treats sums equal in decimal as tied despite floating point', () => {
    const cut = applyCut([0.1 + 0.2, 0.3, 1], [true, true, true], { kind: 'eliminate', count: 1 }, 'all-advance');
    expect(cut.eliminated).toEqual([false, false, false]);
  });

  it('"keep N" keeps the N highest', () => {
    expect(run(programme({ a: 50, b: 40, c: 30, d: 20 }, { cut: { kind: 'keep', count: 2 } })).advancing).toEqual([
      'a',
      'b',
    ]);
  });
});

describe('gates', () => {
  it('eliminate a team whatever its score, with the ruling’s reason and source, on top of the cut', () => {
    const r = run(programme({ a: 60, b: 40, c: 30, d: 20 }, { gates: ['indep'] }));
    const a = r.teams.find((t) => t.model === 'a');
    expect(a).toMatchObject({ rank: 1, status: 'eliminated', by: 'gate', margin: null });
    expect(a?.gates[0]).toMatchObject({ pass: false, reason: 'foreign encoder', source: 'https://example.org/ruling' });
    expect(r.eliminated.sort()).toEqual(['a', 'd']);
  });

  it('read model attributes: a team not claiming training from scratch fails the from-scratch gate', () => {
    const p = programme({ a: 50, b: 40, c: 30, d: 20 }, { gates: ['scratch'] });
    const s = makeScenario({
      models: teams.map((id) => ({ id, fromScratch: id === 'b' ? ('no' as const) : ('claimed' as const) })),
      observations: [],
      programme: p,
    });
    const r = evaluateRounds(s, ProgrammeSchema.parse(p))[0];
    expect(r.teams.find((t) => t.model === 'b')?.gates[0]).toMatchObject({ pass: false, detail: 'fromScratch = no' });
    expect(r.eliminated.sort()).toEqual(['b', 'd']);
  });
});

describe('points', () => {
  it('adds sub-components, lets a group entry take precedence, and carries ranges as lo/hi with midpoints', () => {
    const p = programme(
      { a: 10, b: 10, c: 10, d: 10 },
      {
        entries: [
          exact('a', 'nia', 8),
          exact('a', 'common', 20),
          exact('b', 'bench', 33.6),
          exact('b', 'nia', 9.2),
          { kind: 'range', model: 'c', component: 'bench', lo: 20, hi: 30 },
          ...teams.map((m) => exact(m, 'panel', 10)),
        ],
      },
    );
    const r = run(p);
    const total = (m: string) => r.teams.find((t) => t.model === m)?.total;
    expect(total('a')).toEqual({ point: 38, lo: 38, hi: 38 });
    expect(total('b')?.point).toBeCloseTo(43.6, 12);
    expect(total('c')).toEqual({ point: 35, lo: 30, hi: 40 });
    const b = r.teams.find((t) => t.model === 'b');
    expect(b?.components.find((c) => c.component === 'nia')).toMatchObject({ shadowed: true, point: 9.2 });
    expect(r.teams.find((t) => t.model === 'd')?.missing).toEqual(['nia', 'common']);
  });

  it('computes points from benchmark results relative to the best participant', () => {
    const p: ProgrammeInput = {
      schemes: [
        {
          id: 'auto',
          label: 'auto',
          components: [
            {
              id: 'acc',
              label: 'acc',
              maxPoints: 40,
              computed: { kind: 'relative-to-best', benchmarks: [{ benchmark: 'acc' }] },
            },
            {
              id: 'err',
              label: 'err',
              maxPoints: 10,
              computed: { kind: 'minmax', benchmarks: [{ benchmark: 'err' }] },
            },
          ],
        },
      ],
      rounds: [
        {
          id: 'r',
          label: 'r',
          date: '2026-01-15',
          entrants: ['a', 'b'],
          cut: { kind: 'eliminate', count: 1 },
          scheme: 'auto',
        },
      ],
    };
    const s = makeScenario({
      models: [{ id: 'a' }, { id: 'b' }],
      observations: [
        { model: 'a', benchmark: 'acc', value: 80 },
        { model: 'b', benchmark: 'acc', value: 60 },
        { model: 'a', benchmark: 'err', value: 30 },
        { model: 'b', benchmark: 'err', value: 10 },
      ],
      programme: p,
    });
    const r = evaluateRounds(s, ProgrammeSchema.parse(p))[0];
    const pts = (m: string, c: string) =>
      r.teams.find((t) => t.model === m)?.components.find((x) => x.component === c)?.point;
    expect([pts('a', 'acc'), pts('b', 'acc'), pts('a', 'err'), pts('b', 'err')]).toEqual([40, 30, 0, 10]);
  });
});

describe('Monte Carlo over ranges', () => {
  const ranged = programme(
    { a: 0, b: 0, c: 0, d: 0 },
    {
      entries: [
        exact('a', 'panel', 50),
        { kind: 'range', model: 'b', component: 'panel', lo: 30, hi: 40 },
        { kind: 'range', model: 'c', component: 'panel', lo: 30, hi: 40 },
        exact('d', 'panel', 10),
      ],
      cut: { kind: 'eliminate', count: 2 },
      constraints: [{ label: 'b + c', component: 'panel', models: ['b', 'c'], lo: 69, hi: 70 }],
    },
  );

  it('is deterministic for a seed and symmetric for symmetric ranges', () => {
    const s = scenario(ranged, true);
    const p = ProgrammeSchema.parse(ranged);
    const one = roundProbabilities(s, p, { samples: 4000, seed: 11, benchmarkNoiseSd: 0 });
    const two = roundProbabilities(s, p, { samples: 4000, seed: 11, benchmarkNoiseSd: 0 });
    expect(two).toEqual(one);
    const t = one.rounds[0].teams;
    expect(t.a.eliminated).toBe(0);
    expect(t.d.eliminated).toBe(1);
    expect(t.d.lowest).toBe(1);
    expect(t.b.eliminated + t.c.eliminated).toBeCloseTo(1, 12);
    expect(Math.abs(t.b.eliminated - 0.5)).toBeLessThan(0.05);
  });

  it('rejects ranges that cannot meet a sum constraint, naming the constraint', () => {
    const bad = {
      ...ranged,
      rounds: [
        {
          ...ranged.rounds![0],
          constraints: [{ label: 'b + c', component: 'panel', models: ['b', 'c'], lo: 90, hi: 95 }],
        },
      ],
    };
    expect(() =>
      roundProbabilities(scenario(bad, true), ProgrammeSchema.parse(bad), {
        samples: 10,
        seed: 1,
        benchmarkNoiseSd: 0,
      }),
    ).toThrow(/programme\.rounds\.0\.constraints\.0 \(b \+ c\): the ranges cannot add up to 90–95/);
  });
});

describe('constrained uniform draws', () => {
  it('stay inside every range and inside the published sum', () => {
    const lo = Float64Array.from([10, 0, 5]);
    const hi = Float64Array.from([20, 8, 30]);
    const group = makeSumGroup([0, 1, 2], lo, hi, 4, { lo: 40, hi: 41 })!;
    const x = new Float64Array(3);
    const prng = createPrng(3);
    for (let i = 0; i < 2000; i++) {
      expect(drawSumGroup(group, lo, hi, x, prng, 10_000)).toBeGreaterThan(0);
      x.forEach((v, k) => expect(v >= lo[k] && v <= hi[k]).toBe(true));
      const sum = x[0] + x[1] + x[2] + 4;
      expect(sum >= 40 - 1e-9 && sum <= 41 + 1e-9).toBe(true);
    }
    expect(makeSumGroup([0, 1], lo, hi, 0, { lo: 29, hi: 40 })).toBeNull();
  });
});

describe('the frontier gate', () => {
  it('eliminates a team below 95% of the frontier of the round’s date and window', () => {
    const p: ProgrammeInput = {
      frontier: { evaluationDate: '2026-01-15', windowMonths: 6, benchmarks: [{ benchmark: 'acc' }] },
      gates: [{ id: 'f95', label: '95% of frontier', rule: { kind: 'frontier' } }],
      schemes: [scheme],
      rounds: [
        {
          id: 'r',
          label: 'r',
          date: '2026-01-15',
          entrants: ['a', 'b'],
          cut: { kind: 'eliminate', count: 0 },
          gates: ['f95'],
          scheme: 's',
          entries: [exact('a', 'panel', 10), exact('b', 'panel', 50)],
        },
      ],
    };
    const s = makeScenario({
      models: [{ id: 'a' }, { id: 'b' }, { id: 'ref', group: 'reference', releaseDate: '2025-12-01' }],
      observations: [
        { model: 'a', benchmark: 'acc', value: 96 },
        { model: 'b', benchmark: 'acc', value: 94 },
        { model: 'ref', benchmark: 'acc', value: 100 },
      ],
      programme: p,
    });
    const r = evaluateRounds(s, ProgrammeSchema.parse(p))[0];
    expect(r.frontier?.references.included.map((x) => x.model)).toEqual(['ref']);
    expect(r.advancing).toEqual(['a']);
    expect(r.teams.find((t) => t.model === 'b')).toMatchObject({
      by: 'gate',
      gates: [{ pass: false, detail: 'frontier test failed' }],
    });
  });
});
