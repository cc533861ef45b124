import { describe, expect, it } from 'vitest';
import type { Goal } from '../../../shared/evaluation/what-it-takes/index';
import { whatItTakes } from '../../../shared/evaluation/what-it-takes/index';
import { advances, composites, rankOf, ratio, type RefMethod } from './references';
import { random, randomProblem, type Problem } from './random-problems';

/**
 * The inverse solve against a brute-force scan over the benchmark's scale (0–100 in steps of STEP), with the goal
 * judged by reference formulas written in these tests: the solver's value is within one step below the first grid
 * value that reaches the goal, reaches it itself, and one tolerance less does not.
 */
const STEP = 0.01;
const SEEDS = Array.from({ length: 30 }, (_, i) => 1000 + i);

/** The goal judged on candidate values with the reference formulas. */
function referenceHolds(p: Problem, values: number[][], i: number, goal: Goal, method: RefMethod, threshold = 0.95) {
  if (goal.kind === 'frontier') {
    const ratios = p.directions.flatMap((d, j) => {
      const refs = p.refs.map((r) => r[j]);
      const bar = d === 'higher' ? Math.max(...refs) : Math.min(...refs);
      const r = ratio(values[i][j], bar, d);
      return r === null ? [] : [r];
    });
    return ratios.length > 0 && ratios.reduce((a, b) => a + b, 0) / ratios.length >= threshold - 1e-12;
  }
  const scores = composites(values, p.directions, p.weights, method);
  if (goal.kind === 'rank') return rankOf(scores, i) <= goal.rank;
  if (goal.kind === 'overtake') return rankOf(scores, i) < rankOf(scores, p.models.indexOf(goal.model));
  throw new Error('not a benchmark goal');
}

const withValue = (values: number[][], i: number, j: number, x: number) =>
  values.map((row, r) => (r === i ? row.map((v, c) => (c === j ? x : v)) : row));

/** The first grid value from the current one towards the scale's best end at which the goal holds, or null. */
function bruteForce(p: Problem, i: number, j: number, holds: (values: number[][]) => boolean): number | null {
  const d = p.directions[j] === 'higher' ? 1 : -1;
  const start = p.values[i][j];
  const steps = Math.floor((d > 0 ? 100 - start : start) / STEP + 1e-9);
  for (let k = 0; k <= steps + 1; k++) {
    const x = k > steps ? (d > 0 ? 100 : 0) : start + d * k * STEP;
    if (holds(withValue(p.values, i, j, x))) return x;
  }
  return null;
}

function checkBenchmarks(p: Problem, i: number, goal: Goal, method: RefMethod, threshold?: number) {
  const holds = (values: number[][]) => referenceHolds(p, values, i, goal, method, threshold);
  const result = whatItTakes(p.scenario, p.models[i], goal);
  expect(result.holdsNow).toBe(holds(p.values));
  let checked = 0;
  if (result.holdsNow) return checked;
  result.benchmarks.forEach((answer, j) => {
    const grid = bruteForce(p, i, j, holds);
    const context = `${p.scenario.name} ${p.models[i]} ${JSON.stringify(goal)} b${j}`;
    if (grid === null) {
      expect(answer.state, context).toBe('not-reachable');
      return;
    }
    expect(answer.state, context).toBe('reachable');
    const d = p.directions[j] === 'higher' ? 1 : -1;
    const value = answer.value!;
    expect(d * (grid - value), context).toBeGreaterThanOrEqual(-1e-9);
    expect(d * (grid - value), context).toBeLessThan(STEP + 1e-9);
    expect(holds(withValue(p.values, i, j, value)), context).toBe(true);
    const tolerance = answer.how!.tolerance;
    expect(tolerance, context).toBeLessThanOrEqual(1e-4);
    if (tolerance > 0) expect(holds(withValue(p.values, i, j, value - d * tolerance)), context).toBe(false);
    checked++;
  });
  return checked;
}

function randomGoal(p: Problem, seed: number): { i: number; goal: Goal } {
  const rnd = random(seed * 7 + 3);
  const i = Math.floor(rnd() * p.models.length);
  if (rnd() < 0.5) return { i, goal: { kind: 'rank', rank: 1 + Math.floor(rnd() * 2) } };
  const rival = (i + 1 + Math.floor(rnd() * (p.models.length - 1))) % p.models.length;
  return { i, goal: { kind: 'overtake', model: p.models[rival] } };
}

describe('what it takes: one benchmark value, against a brute-force scan', () => {
  for (const [label, normalization, method] of [
    ['WSM over min–max (exact, piecewise)', 'minmax', 'wsm-minmax'],
    ['WSM over divide-by-max (exact, piecewise)', 'max', 'wsm-max'],
  ] as const)
    it(`rank and overtake goals, ${label}`, () => {
      let checked = 0;
      let exact = 0;
      for (const seed of SEEDS) {
        const p = randomProblem(seed, { normalization });
        const { i, goal } = randomGoal(p, seed);
        checked += checkBenchmarks(p, i, goal, method);
        exact += whatItTakes(p.scenario, p.models[i], goal).benchmarks.filter((b) => b.how?.kind === 'exact').length;
      }
      expect(checked).toBeGreaterThan(10); // the random problems do exercise reachable answers
      expect(exact).toBeGreaterThan(0);
    });

  it('rank and overtake goals, TOPSIS (bisection, stated tolerance)', () => {
    let checked = 0;
    for (const seed of SEEDS.slice(0, 15)) {
      const base = randomProblem(seed);
      const p = { ...base, scenario: { ...base.scenario, method: { name: 'topsis' as const, v: 0.5 } } };
      const { i, goal } = randomGoal(p, seed);
      checked += checkBenchmarks(p, i, goal, 'topsis-minmax');
      for (const b of whatItTakes(p.scenario, p.models[i], goal).benchmarks)
        if (b.state === 'reachable') expect(b.how!.kind).toBe('bisection');
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('the frontier test (mean ratio to the best reference in the window)', () => {
    let checked = 0;
    for (const seed of SEEDS) {
      const threshold = 0.8 + random(seed)() * 0.3;
      const p = randomProblem(seed, {
        programme: { frontier: { evaluationDate: '2026-01-15', threshold } },
      });
      const i = seed % p.models.length;
      checked += checkBenchmarks(p, i, { kind: 'frontier' }, 'wsm-minmax', threshold);
    }
    expect(checked).toBeGreaterThan(10);
  });
});

/**
 * Computed points as the schema states them: maxPoints × Σ w·s / Σ w among the round's teams, s = v / best (best / v
 * when lower is better) for relative-to-best, (v − min)/(max − min) (reversed; 1 when all tie) for min–max.
 */
function computedPoints(values: number[][], directions: ('higher' | 'lower')[], weights: number[], kind: string) {
  const total = weights.reduce((a, b) => a + b, 0);
  return values.map((row) =>
    row.reduce((sum, v, j) => {
      const col = values.map((r) => r[j]);
      const [lo, hi] = [Math.min(...col), Math.max(...col)];
      const higher = directions[j] === 'higher';
      const s =
        kind === 'minmax'
          ? hi === lo
            ? 1
            : higher
              ? (v - lo) / (hi - lo)
              : (hi - v) / (hi - lo)
          : (ratio(v, higher ? hi : lo, directions[j]) ?? 0);
      return sum + (60 * weights[j] * s) / total;
    }, 0),
  );
}

describe('what it takes: one benchmark value for the cut, through points computed from benchmarks', () => {
  it('stay above the cut line, relative-to-best and min–max points, both tie rules', () => {
    let checked = 0;
    for (const seed of SEEDS) {
      const rnd = random(seed + 77);
      const kind = rnd() < 0.5 ? 'relative-to-best' : 'minmax';
      const tieRule = rnd() < 0.5 ? 'all-advance' : 'all-eliminated';
      const n = 5;
      const teams = Array.from({ length: n }, (_, t) => `c${t}`);
      const panel = teams.map(() => Math.round(rnd() * 80) / 2);
      const base = randomProblem(seed, { n });
      const p = randomProblem(seed, {
        n,
        programme: {
          schemes: [
            {
              id: 's',
              label: 's',
              components: [
                {
                  id: 'bench',
                  label: 'bench',
                  maxPoints: 60,
                  computed: { kind, benchmarks: base.weights.map((w, j) => ({ benchmark: `b${j}`, weight: w })) },
                },
                { id: 'panel', label: 'panel', maxPoints: 40 },
              ],
            },
          ],
          rounds: [
            {
              id: 'r1',
              label: 'r1',
              date: '2026-01-15',
              entrants: teams,
              cut: { kind: 'eliminate', count: 1 + Math.floor(rnd() * 2) },
              tieRule,
              scheme: 's',
              entries: teams.map((model, t) => ({ kind: 'exact', model, component: 'panel', points: panel[t] })),
            },
          ],
        },
      });
      const keep = n - p.scenario.programme!.rounds[0].cut.count;
      const i = Math.floor(rnd() * n);
      const holds = (values: number[][]) => {
        const totals = computedPoints(values, p.directions, p.weights, kind).map((c, t) => c + panel[t]);
        return advances(
          totals,
          teams.map(() => true),
          keep,
          tieRule,
          i,
        );
      };
      const result = whatItTakes(p.scenario, teams[i], { kind: 'cut', round: 'r1' });
      expect(result.holdsNow).toBe(holds(p.values));
      if (result.holdsNow) continue;
      result.benchmarks.forEach((answer, j) => {
        const grid = bruteForce(p, i, j, holds);
        const context = `seed ${seed} ${kind} ${tieRule} c${i} b${j}`;
        if (grid === null) return void expect(answer.state, context).toBe('not-reachable');
        expect(answer.state, context).toBe('reachable');
        const d = p.directions[j] === 'higher' ? 1 : -1;
        expect(d * (grid - answer.value!), context).toBeGreaterThanOrEqual(-1e-9);
        expect(d * (grid - answer.value!), context).toBeLessThan(STEP + 1e-9);
        expect(holds(withValue(p.values, i, j, answer.value!)), context).toBe(true);
        const back = answer.value! - d * answer.how!.tolerance;
        if (answer.how!.tolerance > 0) expect(holds(withValue(p.values, i, j, back)), context).toBe(false);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(5);
  });
});

describe('what it takes: one points component, against a brute-force scan', () => {
  const POINTS_STEP = 0.05;
  it('stay above the cut line, both tie rules, with a gate', () => {
    let checked = 0;
    for (const seed of SEEDS) {
      const rnd = random(seed);
      const n = 4 + Math.floor(rnd() * 3);
      const teams = Array.from({ length: n }, (_, t) => `c${t}`);
      const components = [
        { id: 'a', max: 40 },
        { id: 'b', max: 35 },
        { id: 'c', max: 25 },
      ];
      // Points on a half-point grid, so ties at the line are common.
      const points = teams.map(() => components.map((c) => Math.round(rnd() * c.max * 0.8 * 2) / 2));
      const tieRule = rnd() < 0.5 ? 'all-advance' : 'all-eliminated';
      const cut: { kind: 'eliminate' | 'keep'; count: number } =
        rnd() < 0.7 ? { kind: 'eliminate', count: 1 + Math.floor(rnd() * 2) } : { kind: 'keep', count: 2 };
      const gateFails = rnd() < 0.4 ? teams[Math.floor(rnd() * n)] : null;
      const p = randomProblem(seed, {
        n,
        programme: {
          gates: gateFails
            ? [
                {
                  id: 'g',
                  label: 'g',
                  rule: { kind: 'verdicts', verdicts: [{ model: gateFails, pass: false, reason: 'r' }] },
                },
              ]
            : [],
          schemes: [
            {
              id: 's',
              label: 's',
              components: components.map((c) => ({ id: c.id, label: c.id, maxPoints: c.max })),
            },
          ],
          rounds: [
            {
              id: 'r1',
              label: 'r1',
              date: '2026-01-15',
              entrants: teams,
              cut,
              tieRule,
              gates: gateFails ? ['g'] : [],
              scheme: 's',
              entries: teams.flatMap((model, t) =>
                components.map((c, k) => ({ kind: 'exact', model, component: c.id, points: points[t][k] })),
              ),
            },
          ],
        },
      });
      const eligible = teams.map((t) => t !== gateFails);
      const keep = cut.kind === 'eliminate' ? Math.max(0, eligible.filter(Boolean).length - cut.count) : cut.count;
      const totalsWith = (i: number, k: number, x: number) =>
        points.map((row, t) => row.reduce((s, v, c) => s + (t === i && c === k ? x : v), 0));
      for (const [i] of teams.entries()) {
        const result = whatItTakes(p.scenario, teams[i], { kind: 'cut', round: 'r1' });
        const holds = (k: number, x: number) => advances(totalsWith(i, k, x), eligible, keep, tieRule, i);
        expect(result.holdsNow).toBe(holds(0, points[i][0]));
        if (result.holdsNow) continue;
        result.points.forEach((answer, k) => {
          let grid: number | null = null;
          for (let x = points[i][k]; x <= components[k].max + 1e-9; x += POINTS_STEP)
            if (holds(k, x)) {
              grid = x;
              break;
            }
          const context = `seed ${seed} ${teams[i]} ${components[k].id} ${tieRule}`;
          if (grid === null) {
            expect(answer.state, context).toBe('not-reachable');
            if (teams[i] === gateFails) expect(answer.obstacle).toBe('gate');
            return;
          }
          expect(answer.state, context).toBe('reachable');
          expect(answer.points!, context).toBeLessThanOrEqual(grid + 1e-9);
          expect(answer.points!, context).toBeGreaterThan(grid - POINTS_STEP - 1e-9);
          expect(holds(k, answer.points!), context).toBe(true);
          expect(holds(k, answer.points! - Math.max(answer.how!.tolerance, 1e-7)), context).toBe(false);
          expect(answer.strict).toBe(tieRule === 'all-eliminated');
          checked++;
        });
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('what it takes: one weight, against a scan of the weight', () => {
  it('rank and overtake goals (WSM): the nearest weight where the goal holds, the others scaled proportionally', () => {
    let checked = 0;
    const GRID = 1e-4;
    for (const seed of SEEDS) {
      const p = randomProblem(seed);
      const { i, goal } = randomGoal(p, seed);
      const total = p.weights.reduce((a, b) => a + b, 0);
      const holdsAt = (k: number, t: number) => {
        const w = p.weights.map((x, j) => (j === k ? t : ((x / total) * (1 - t)) / (1 - p.weights[k] / total)));
        return referenceHolds({ ...p, weights: w }, p.values, i, goal, 'wsm-minmax');
      };
      const result = whatItTakes(p.scenario, p.models[i], goal);
      if (result.holdsNow) continue;
      result.weights.forEach((answer, k) => {
        const t0 = p.weights[k] / total;
        let best: number | null = null;
        for (let g = 0; g <= 1 / GRID; g++) {
          const t = g * GRID;
          if (holdsAt(k, t) && (best === null || Math.abs(t - t0) < Math.abs(best - t0))) best = t;
        }
        const context = `seed ${seed} b${k}`;
        if (best === null) {
          // A goal that holds only on an interval narrower than the grid is still found by the exact thresholds.
          if (answer.state === 'reachable') expect(holdsAt(k, answer.weight!), context).toBe(true);
          return;
        }
        expect(answer.state, context).toBe('reachable');
        expect(holdsAt(k, answer.weight!), context).toBe(true);
        expect(Math.abs(answer.weight! - t0), context).toBeLessThanOrEqual(Math.abs(best - t0) + 1e-9);
        expect(Math.abs(answer.weight! - t0), context).toBeGreaterThan(Math.abs(best - t0) - GRID - 1e-9);
        // The raw weight given (the other raw weights unchanged) is that normalized weight.
        const raw = answer.rawNeeded!;
        expect(raw / (raw + total - p.weights[k])).toBeCloseTo(answer.weight!, 12);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(10);
  });
});
