import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProgrammeInput } from '../../../shared/domain/programme';
import { ScenarioSchema, type Scenario } from '../../../shared/domain/scenario';
import { compareScenarios, type Comparison } from '../../../shared/evaluation/compare';
import { makeScenario } from '../programme/fixture';

const root = join(import.meta.dirname, '../../..');

/**
 * Three candidates on acc (higher better) and err (lower better). Under min-max: acc 90, 80, 70 → 1, 0.5, 0;
 * err 30, 10, 20 → (30 − v)/20 = 0, 1, 0.5. Equal weights: WSM composites 0.5, 0.75, 0.25 (ranks 2, 1, 3).
 */
const base = (programme?: ProgrammeInput): Scenario =>
  makeScenario({
    models: [{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }],
    observations: [
      { model: 'c1', benchmark: 'acc', value: 90 },
      { model: 'c2', benchmark: 'acc', value: 80 },
      { model: 'c3', benchmark: 'acc', value: 70 },
      { model: 'c1', benchmark: 'err', value: 30 },
      { model: 'c2', benchmark: 'err', value: 10 },
      { model: 'c3', benchmark: 'err', value: 20 },
    ],
    programme,
  });

/** One scheme of one manual component; exact points c1 60, c2 50, c3 40; one round cutting `count`. */
const withRound = (count: number): ProgrammeInput => ({
  schemes: [{ id: 's', label: 'points', components: [{ id: 'p', label: 'panel', maxPoints: 100 }] }],
  rounds: [
    {
      id: 'r1',
      label: 'Round 1',
      date: '2026-01-15',
      entrants: ['c1', 'c2', 'c3'],
      cut: { kind: 'eliminate', count },
      scheme: 's',
      entries: [
        { kind: 'exact', model: 'c1', component: 'p', points: 60 },
        { kind: 'exact', model: 'c2', component: 'p', points: 50 },
        { kind: 'exact', model: 'c3', component: 'p', points: 40 },
      ],
    },
  ],
});

const compare = (a: Scenario, b: Scenario) =>
  compareScenarios([
    { name: 'A', scenario: a },
    { name: 'B', scenario: b },
  ]);
const differing = (rows: Comparison['inputs']) => rows.filter((r) => r.differs).map((r) => r.key);
const valuesOf = (c: Comparison, key: string) => [...c.inputs, ...c.outcomes].find((r) => r.key === key)?.values;

describe('compareScenarios', () => {
  it('one weight changed: the raw weight and every normalized weight differ, and the ranks that move', () => {
    const a = base();
    const b = { ...a, criteria: a.criteria.map((c) => (c.benchmark === 'acc' ? { ...c, weight: 3 } : c)) };
    const c = compare(a, b);
    expect(differing(c.inputs).sort()).toEqual([
      'criteria.acc.rawWeight',
      'criteria.acc.weight',
      'criteria.err.weight',
    ]);
    expect(valuesOf(c, 'criteria.acc.weight')).toEqual([0.5, 0.75]);
    expect(valuesOf(c, 'criteria.err.weight')).toEqual([0.5, 0.25]);
    // B: 0.75·acc + 0.25·err = c1 0.75, c2 0.625, c3 0.125 → ranks 1, 2, 3.
    expect(differing(c.outcomes).sort()).toEqual(
      [
        'ranking.c1.rank',
        'ranking.c1.composite',
        'ranking.c2.rank',
        'ranking.c2.composite',
        'ranking.c3.composite',
      ].sort(),
    );
    const composites = (m: string) => (valuesOf(c, `ranking.${m}.composite`) as number[]).map((x) => +x.toFixed(12));
    expect([composites('c1'), composites('c2'), composites('c3')]).toEqual([
      [0.5, 0.75],
      [0.75, 0.625],
      [0.25, 0.125],
    ]);
    expect(c.changes).toEqual(
      expect.arrayContaining(['C1: rank 2 → 1', 'C2: rank 1 → 2', 'C3: composite 0.25 → 0.125']),
    );
    expect(c.changes).toHaveLength(5);
  });

  it('one cut changed: only the cut differs among the inputs; C2 goes out and the cut line and margins move', () => {
    const c = compare(base(withRound(1)), base(withRound(2)));
    expect(differing(c.inputs)).toEqual(['rounds.r1.cutCount']);
    expect(valuesOf(c, 'rounds.r1.cutCount')).toEqual([1, 2]);
    // Eliminate 1: C3 (40) goes, the lowest total that advances is 50; eliminate 2: C2 and C3 go, the line is 60.
    expect(valuesOf(c, 'round-outcome.r1.cutLine')).toEqual([50, 60]);
    expect(valuesOf(c, 'round-outcome.r1.eliminatedTeams')).toEqual(['C3', 'C2, C3']);
    expect(valuesOf(c, 'round-outcome.r1.c2.status')).toEqual(['advances', 'eliminated-score']);
    expect(valuesOf(c, 'round-outcome.r1.c3.status')).toEqual(['eliminated-score', 'eliminated-score']);
    expect(valuesOf(c, 'round-outcome.r1.c1.margin')).toEqual([10, 0]);
    expect(valuesOf(c, 'round-outcome.r1.c2.margin')).toEqual([0, -10]);
    expect(valuesOf(c, 'round-outcome.r1.c3.margin')).toEqual([-10, -20]);
    expect(differing(c.outcomes).filter((k) => k.startsWith('ranking'))).toEqual([]);
    expect(c.changes).toContain('C2: advances → eliminated');
    expect(c.changes.filter((line) => line.startsWith('C3: eliminated') || line.startsWith('C3: advances'))).toEqual(
      [],
    );
  });

  it('one override: the only differing input is that cell, dataset value → assumed value', () => {
    const a = base();
    const b = { ...a, overrides: [{ model: 'c3', benchmark: 'acc', value: 95, note: '' }] };
    const c = compare(a, b);
    expect(differing(c.inputs)).toEqual(['overrides.c3|acc.override']);
    expect(valuesOf(c, 'overrides.c3|acc.override')).toEqual([null, '70 → 95']);
    // acc 90, 80, 95 → (v − 80)/15 = 2/3, 0, 1; err as before 0, 1, 0.5: composites 1/3, 0.5, 0.75 → ranks 3, 2, 1.
    expect(valuesOf(c, 'ranking.c1.rank')).toEqual([2, 3]);
    expect(valuesOf(c, 'ranking.c2.rank')).toEqual([1, 2]);
    expect(valuesOf(c, 'ranking.c3.rank')).toEqual([3, 1]);
    expect((valuesOf(c, 'ranking.c1.composite') as number[])[1]).toBeCloseTo(1 / 3, 12);
  });

  it('with two rounds, a change line names its round; a team out in round 1 is not in round 2', () => {
    // Round 2 keeps the best one of those who advanced; its panel scores c1 10, c2 20, c3 30.
    const twoRounds = (count: number): ProgrammeInput => {
      const p = withRound(count);
      const round2 = {
        ...p.rounds![0],
        id: 'r2',
        label: 'Round 2',
        date: '2026-08-01',
        entrants: [],
        cut: { kind: 'keep' as const, count: 1 },
        entries: ['c1', 'c2', 'c3'].map((model, i) => ({
          kind: 'exact' as const,
          model,
          component: 'p',
          points: 10 * (i + 1),
        })),
      };
      return { ...p, rounds: [...p.rounds!, round2] };
    };
    const c = compare(base(twoRounds(1)), base(twoRounds(2)));
    // A: C3 out in round 1; round 2 between C1 (10) and C2 (20) keeps C2. B: C2, C3 out; C1 alone is kept.
    expect(valuesOf(c, 'round-outcome.r2.c2.status')).toEqual(['advances', 'absent']);
    expect(valuesOf(c, 'round-outcome.r2.c1.status')).toEqual(['eliminated-score', 'advances']);
    expect(valuesOf(c, 'round-outcome.r2.c3.status')).toBeUndefined();
    expect(c.changes).toContain('Round 2: C1: eliminated → advances');
    expect(c.changes).toContain('Round 2: C2: advances → not in the round');
    expect(c.changes).toContain('Round 1: C2: advances → eliminated');
  });

  it("P(eliminated) is each scenario's seeded Monte Carlo: C2 uniform in [40, 60] against C1's 50 goes half the time", () => {
    const ranged = (lo: number, hi: number): ProgrammeInput => {
      const p = withRound(1);
      const r = p.rounds![0];
      const entries = [
        { kind: 'exact' as const, model: 'c1', component: 'p', points: 50 },
        { kind: 'range' as const, model: 'c2', component: 'p', lo, hi },
      ];
      return { ...p, rounds: [{ ...r, entrants: ['c1', 'c2'], entries }] };
    };
    const scenario = (lo: number, hi: number) => {
      const s = base(ranged(lo, hi));
      return { ...s, alternatives: ['c1', 'c2'], uncertainty: { enabled: true, samples: 4000, seed: 11 } };
    };
    // P(U[40, 60] < 50) = 0.5, P(U[45, 65] < 50) = 0.25; 4,000 samples: sd ≤ 0.008, so within 0.035 (4 sd).
    const c = compare(scenario(40, 60), scenario(45, 65));
    const [p1, p2] = valuesOf(c, 'round-outcome.r1.c2.pEliminated') as number[];
    expect(Math.abs(p1 - 0.5)).toBeLessThan(0.035);
    expect(Math.abs(p2 - 0.25)).toBeLessThan(0.035);
    expect(valuesOf(c, 'round-outcome.r1.c1.pEliminated')).toEqual([1 - p1, 1 - p2]);
    // The same seed gives the same figures.
    expect(valuesOf(compare(scenario(40, 60), scenario(45, 65)), 'round-outcome.r1.c2.pEliminated')).toEqual([p1, p2]);
    // Without uncertainty there is no such row.
    expect(
      valuesOf(compare(base(withRound(1)), base(withRound(1))), 'round-outcome.r1.c2.pEliminated'),
    ).toBeUndefined();
  });

  it('the same scenario twice differs nowhere and has no change lines', () => {
    const c = compare(base(withRound(1)), base(withRound(1)));
    expect(differing(c.inputs)).toEqual([]);
    expect(differing(c.outcomes)).toEqual([]);
    expect(c.changes).toEqual([]);
  });

  it('refuses one scenario and five, naming the field', () => {
    const one = [{ name: 'A', scenario: base() }];
    expect(() => compareScenarios(one)).toThrow(/2 to 4 scenarios, not 1/);
    expect(() => compareScenarios([...one, ...one, ...one, ...one, ...one])).toThrow(/not 5/);
  });

  it('a scenario that cannot be ranked is compared on what it has, with the reason', () => {
    const a = base();
    const zero = { ...a, criteria: a.criteria.map((x) => ({ ...x, weight: 0 })) };
    const c = compare(a, zero);
    expect(c.problems).toEqual([
      {
        scenario: 1,
        part: 'ranking',
        message: expect.stringMatching(/weigh 0/),
        unrankable: { kind: 'all-weights-zero' },
      },
    ]);
    expect(valuesOf(c, 'ranking.c2.rank')).toEqual([1, null]);
  });
});

describe('Round 1 as planned vs as announced (data/scenarios)', () => {
  const load = (f: string) =>
    ScenarioSchema.parse(JSON.parse(readFileSync(join(root, 'data/scenarios', f), 'utf8')) as unknown);
  // The expectations come from the published facts (data/programme.json, ../shared/reference/programme.md).
  const facts = JSON.parse(readFileSync(join(root, 'data/programme.json'), 'utf8')) as {
    teams: { id: string; model: string }[];
    round1: { plannedEliminations: number; outcomes: { team: string; result: string; reason: string }[] };
  };
  const modelOf = (team: string) => facts.teams.find((t) => t.id === team)!.model;
  const announcedOut = facts.round1.outcomes.filter((o) => o.result === 'eliminated');
  const byGate = announcedOut
    .filter((o) => /not to meet the .*independence/.test(o.reason))
    .map((o) => modelOf(o.team));
  const byScore = announcedOut.filter((o) => /lowest total/.test(o.reason)).map((o) => modelOf(o.team));

  const c = compareScenarios([
    { name: 'planned', scenario: load('round1-as-planned.sewb') },
    { name: 'announced', scenario: load('round1-as-announced.sewb') },
  ]);

  it('finds the rule that differs: the independence gate is applied only as announced', () => {
    expect(byGate).toEqual(['hcx-seed-think-32b']);
    const rules = differing(c.inputs).filter((k) => k !== 'rounds.round-1.roundLabel');
    expect(rules).toEqual(['rounds.round-1.roundGates']);
    expect(valuesOf(c, 'rounds.round-1.roundGates')).toEqual(['', '독자성 (independence)']);
    expect(valuesOf(c, 'rounds.round-1.cutCount')).toEqual([facts.round1.plannedEliminations, 1]);
  });

  it('finds the eliminated teams that differ: NAVER Cloud goes out on the gate, NC AI on score in both', () => {
    const status = (m: string) => c.outcomes.find((r) => r.key === `round-outcome.round-1.${m}.status`)!;
    // As planned one team goes, the lowest total (NC AI); as announced NAVER Cloud also goes, on the gate.
    expect(byScore).toHaveLength(facts.round1.plannedEliminations);
    for (const m of byScore)
      expect(status(m)).toMatchObject({ values: ['eliminated-score', 'eliminated-score'], differs: false });
    for (const m of byGate) expect(status(m)).toMatchObject({ values: ['advances', 'eliminated-gate'], differs: true });
    const changedStatus = c.outcomes.filter((r) => r.field === 'status' && r.differs).map((r) => r.key);
    expect(changedStatus).toEqual(byGate.map((m) => `round-outcome.round-1.${m}.status`));
    const advanced = facts.round1.outcomes.filter((o) => o.result === 'advanced').map((o) => modelOf(o.team));
    for (const m of advanced) expect(status(m).values).toEqual(['advances', 'advances']);
    expect(c.changes).toContain('HyperCLOVA X SEED Think 32B: advances → eliminated (gate)');
  });
});
