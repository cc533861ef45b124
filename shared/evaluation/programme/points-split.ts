import type { Cut, PointsScheme, Round } from '../../domain/programme';
import { applyCut } from './cut';
import type { RoundOutcome } from './rounds';

/** A round's teams reduced to what a change of the points split acts on. */
export interface SplitProblem {
  /** The scheme's top-level components, in scheme order. */
  components: { id: string; label: string; maxPoints: number }[];
  /** Σ maxPoints of the top-level components (100 for a 40/35/25 scheme). */
  total: number;
  /** The split now: maxPoints / total per component. */
  current: number[];
  teams: {
    model: string;
    /** False for a team failing a gate: eliminated whatever the split. */
    eligible: boolean;
    /** Per component the share of its points the team scored: points / maxPoints (range midpoints, computed points). */
    shares: number[];
  }[];
  cut: Cut;
  tieRule: Round['tieRule'];
}

/** One split and who is eliminated on score there (model ids, in the round's order). */
export interface SplitCell {
  split: number[];
  eliminated: string[];
}

/** The split problem of one evaluated round under its scheme (see evaluateRounds for the point values). */
export function splitProblem(outcome: RoundOutcome, scheme: PointsScheme): SplitProblem {
  const components = scheme.components
    .filter((c) => c.parent === null)
    .map((c) => ({ id: c.id, label: c.label, maxPoints: c.maxPoints }));
  const total = components.reduce((a, c) => a + c.maxPoints, 0);
  const teams = outcome.participants.map((model) => {
    const team = outcome.teams.find((t) => t.model === model)!;
    return {
      model,
      eligible: team.by !== 'gate',
      shares: components.map((c) => (team.components.find((k) => k.component === c.id)?.point ?? 0) / c.maxPoints),
    };
  });
  return {
    components,
    total,
    current: components.map((c) => c.maxPoints / total),
    teams,
    cut: outcome.cut,
    tieRule: outcome.tieRule,
  };
}

/**
 * Who is eliminated on score when the components weigh `split` (shares summing to 1) of the same total: each team's
 * points on component c are rescaled to the new maximum, T = Σ_c split_c · total · points_c / maxPoints_c (at the
 * current split this is the round's total), then the round's cut and tie rule apply (./cut.ts) among the teams
 * passing every gate.
 */
export function eliminatedAt(problem: SplitProblem, split: readonly number[]): string[] {
  const totals = problem.teams.map((t) => t.shares.reduce((a, s, c) => a + split[c] * problem.total * s, 0));
  const eligible = problem.teams.map((t) => t.eligible);
  const cut = applyCut(totals, eligible, problem.cut, problem.tieRule);
  return problem.teams.filter((_, i) => eligible[i] && cut.eliminated[i]).map((t) => t.model);
}

/**
 * The region map over every split on a grid of step 1/steps (all compositions of `steps` into one part per
 * component: the triangle of splits for three components, the segment for two).
 */
export function splitRegionMap(problem: SplitProblem, steps: number): SplitCell[] {
  const k = problem.components.length;
  const cells: SplitCell[] = [];
  const parts = new Array<number>(k).fill(0);
  const walk = (c: number, left: number) => {
    if (c === k - 1) {
      parts[c] = left;
      const split = parts.map((p) => p / steps);
      cells.push({ split, eliminated: eliminatedAt(problem, split) });
      return;
    }
    for (let p = left; p >= 0; p--) {
      parts[c] = p;
      walk(c + 1, left - p);
    }
  };
  if (k > 0) walk(0, steps);
  return cells;
}

/**
 * Pair by pair: components i and j share what they weigh now, s = split_i + split_j, as x·s and (1 − x)·s for
 * x = 0, 1/steps, …, 1; every other component keeps its current weight.
 */
export function pairSplitSweep(problem: SplitProblem, i: number, j: number, steps: number): SplitCell[] {
  const s = problem.current[i] + problem.current[j];
  return Array.from({ length: steps + 1 }, (_, g) => {
    const split = [...problem.current];
    split[i] = (s * g) / steps;
    split[j] = s - split[i];
    return { split, eliminated: eliminatedAt(problem, split) };
  });
}
