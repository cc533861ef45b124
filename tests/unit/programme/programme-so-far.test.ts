import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProgrammeSchema } from '../../../shared/domain/programme';
import { ScenarioSchema, type Scenario } from '../../../shared/domain/scenario';
import { assumedRanges } from '../../../shared/evaluation/programme/assumptions';
import { roundProbabilities } from '../../../shared/evaluation/programme/monte-carlo';
import { evaluateProgramme, scenarioProgramme } from '../../../shared/evaluation/programme/programme';
import { evaluateRounds } from '../../../shared/evaluation/programme/rounds';

const root = join(import.meta.dirname, '../../..');
const raw = JSON.parse(readFileSync(join(root, 'data/scenarios/programme-so-far.sewb'), 'utf8')) as unknown;
const facts = JSON.parse(readFileSync(join(root, 'data/programme.json'), 'utf8')) as {
  teams: { id: string; model: string }[];
  round1: { outcomes: { team: string; result: string }[] };
};
const modelOf = (team: string) => facts.teams.find((t) => t.id === team)!.model;
const round1Eliminated = facts.round1.outcomes.filter((o) => o.result === 'eliminated').map((o) => modelOf(o.team));
const round1Advanced = facts.round1.outcomes.filter((o) => o.result === 'advanced').map((o) => modelOf(o.team));
const MOTIF = 'motif-2-12.7b-base';

describe('The programme so far (shipped scenario)', () => {
  const parsed = ScenarioSchema.safeParse(raw);

  it('opens: the file is a valid scenario and its programme fits its dataset', () => {
    expect(parsed.success).toBe(true);
    expect(() => scenarioProgramme(parsed.data as Scenario)).not.toThrow();
  });

  const scenario = parsed.data as Scenario;
  const programme = scenarioProgramme(scenario)!;

  it('plays round 1 as announced (5 → 3), adds Motif on 2026-02-20, round 2 (4 → 3) and the final (→ 2)', () => {
    const rounds = evaluateRounds(scenario, programme);
    expect(rounds.map((r) => [r.participants.length, r.advancing.length])).toEqual([
      [5, 3],
      [4, 3],
      [3, 2],
    ]);
    expect(rounds[0].advancing.sort()).toEqual([...round1Advanced].sort());
    expect(rounds[0].announced?.matches).toBe(true);
    expect(rounds[1].entrants).toEqual([MOTIF]);
    expect(rounds[1].admission?.date).toBe('2026-02-20');
    expect(rounds[1].date.startsWith('2026-08')).toBe(true);
    expect(rounds[2].date.startsWith('2026-12')).toBe(true);
  });

  const samples: string[][][] = [];
  const result = roundProbabilities(scenario, programme, {
    samples: 4000,
    seed: 7,
    benchmarkNoiseSd: 0,
    onSample: (advancing) => samples.push(advancing.map((r) => [...r])),
  });

  it('selects exactly two teams in every sample, and the final probabilities are those samples’ shares', () => {
    expect(samples.length).toBe(4000);
    for (const s of samples) expect(s[s.length - 1].length).toBe(2);
    const share = (m: string) => samples.filter((s) => s[s.length - 1].includes(m)).length / samples.length;
    for (const [model, p] of Object.entries(result.final.teams)) expect(p).toBe(share(model));
  });

  it('the probabilities of reaching the final two add up to 2 across the teams', () => {
    const sum = Object.values(result.final.teams).reduce((a, p) => a + p, 0);
    expect(sum).toBeCloseTo(2, 12);
  });

  it('keeps the announced round-1 outcome in every sample: the teams eliminated then never reach the final', () => {
    for (const s of samples) expect([...s[0]].sort()).toEqual([...round1Advanced].sort());
    expect(round1Eliminated.length).toBe(2);
    for (const m of round1Eliminated) expect(result.final.teams[m]).toBe(0);
    for (const m of [...round1Advanced, MOTIF]) expect(result.final.teams[m]).toBeGreaterThan(0);
  });

  it('labels every assumed range, and the later rounds’ scores are all ranges', () => {
    const ranges = assumedRanges(programme, new Map());
    const count = programme.rounds.reduce((a, r) => a + r.entries.filter((e) => e.kind === 'range').length, 0);
    expect(ranges.length).toBe(count);
    expect(ranges.every((r) => r.label.trim().length > 0)).toBe(true);
    for (const round of programme.rounds.slice(1)) expect(round.entries.every((e) => e.kind === 'range')).toBe(true);
  });

  it('the report’s programme result carries the same final shares for the scenario’s seed', () => {
    const full = evaluateProgramme(scenario, programme);
    const again = roundProbabilities(scenario, programme, {
      samples: scenario.uncertainty.samples,
      seed: scenario.uncertainty.seed,
      benchmarkNoiseSd: 0,
    });
    expect(full.uncertainty?.final).toEqual(again.final);
  });
});

describe('multi-round Monte Carlo against a hand computation', () => {
  // Three teams, a final keeping two. A ~ U[0, 1], B ~ U[0, 1], C exactly 0.5: C is left out only when both A and B
  // score above 0.5, so P(C selected) = 1 − 0.5 · 0.5 = 0.75 and P(A selected) = P(B selected) = (2 − 0.75) / 2.
  const dataset = JSON.parse(readFileSync(join(root, 'data/datasets/default.json'), 'utf8')) as Scenario['dataset'];
  const [a, b, c] = ['k-exaone-236b-a23b', 'ax-k1-519b-a33b', 'solar-open-100b'];
  const base = ScenarioSchema.parse({
    ...(raw as object),
    dataset,
    programme: ProgrammeSchema.parse({
      schemes: [{ id: 's', label: 's', components: [{ id: 'x', label: 'x', maxPoints: 1 }] }],
      rounds: [
        {
          id: 'r1',
          label: 'r1',
          date: '2026-01-01',
          entrants: [a, b],
          cut: { kind: 'eliminate', count: 0 },
          scheme: 's',
          entries: [
            { kind: 'exact', model: a, component: 'x', points: 1 },
            { kind: 'exact', model: b, component: 'x', points: 1 },
          ],
        },
        {
          id: 'final',
          label: 'final',
          date: '2026-12-31',
          entrants: [c],
          cut: { kind: 'keep', count: 2 },
          scheme: 's',
          entries: [
            { kind: 'range', model: a, component: 'x', lo: 0, hi: 1, note: 'A' },
            { kind: 'range', model: b, component: 'x', lo: 0, hi: 1, note: 'B' },
            { kind: 'exact', model: c, component: 'x', points: 0.5 },
          ],
        },
      ],
    }),
  });
  const n = 40_000;
  const result = roundProbabilities(base, scenarioProgramme(base)!, { samples: n, seed: 11, benchmarkNoiseSd: 0 });
  // Four standard errors of a share near 0.75 over 40,000 samples: 4 · √(0.75 · 0.25 / 40,000) ≈ 0.0087.
  const tol = 4 * Math.sqrt((0.75 * 0.25) / n);

  it('a team entering in the last round is selected with probability 0.75', () => {
    expect(Math.abs(result.final.teams[c] - 0.75)).toBeLessThan(tol);
    expect(Math.abs(result.final.teams[a] - 0.625)).toBeLessThan(tol);
    expect(Math.abs(result.final.teams[b] - 0.625)).toBeLessThan(tol);
  });

  it('the teams advancing from round 1 all take part in the final', () => {
    expect(result.rounds[1].teams[a].participating).toBe(1);
    expect(result.rounds[1].teams[c].participating).toBe(1);
  });
});
