import type { Probe } from './probe';

/** How an answer was found: a closed form (checked against the app's verdict) or bisection, to `tolerance`. */
export interface HowSolved {
  kind: 'exact' | 'bisection';
  /** In the lever's unit: the answer reaches the goal and the answer moved back by this much does not. */
  tolerance: number;
}

/** Relative tolerances: of the searched span for a closed form (after its check) and for bisection. */
export const EXACT_TOLERANCE = 1e-9;
export const BISECTION_TOLERANCE = 1e-6;
/** More breakpoints than this and the line is bisected as a whole (the walk would cost an evaluation each). */
const MAX_PIECES = 64;

export interface Line {
  /** The current value (or the worst end of the scale when there is none) and the best end searched. */
  from: number;
  to: number;
  /** Values between from and to where the composite may bend (other models' values of the column). */
  breakpoints: readonly number[];
  /** True when, between breakpoints, the goal's score is linear in the value and its bar constant (to be checked). */
  additive: boolean;
  probe(x: number): Probe;
}

export type LineAnswer = { found: true; value: number; how: HowSolved } | { found: false };

const near = (a: number, b: number, rel: number) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The value nearest `from`, on the way to `to`, at which the goal first holds, assuming that once it holds it holds
 * for every better value (true of the additive methods; stated for the others). The line is walked piece by piece
 * between breakpoints; on the first piece whose end reaches the goal, an additive piece (score linear, bar constant:
 * checked at both ends and the middle) is solved in closed form, score(a) + slope·(x − a) = bar, then the answer is
 * checked against the app's verdict (and moved on by the tolerance where the goal is strict or rounding fell
 * short); any other piece, or an answer that fails the check, is bisected.
 */
export function solveLine(line: Line): LineAnswer {
  const { from, to } = line;
  const span = Math.abs(to - from);
  if (!(span > 0)) return { found: false };
  const d = Math.sign(to - from);
  const inside = line.breakpoints.filter((x) => (x - from) * d > 0 && (to - x) * d > 0);
  const walk = line.additive && inside.length <= MAX_PIECES;
  const points = walk ? [from, ...[...new Set(inside)].sort((a, b) => (a - b) * d), to] : [from, to];
  let a = from;
  let pa = line.probe(from);
  if (pa.holds) return { found: true, value: from, how: { kind: 'exact', tolerance: 0 } };
  for (let b of points.slice(1)) {
    let pb = line.probe(b);
    if (!pb.holds && b === to) {
      // The end itself can be singular (a ratio to a value of 0 is undefined): the value just inside it counts.
      const inner = to - d * EXACT_TOLERANCE * span;
      const pi = line.probe(inner);
      if (pi.holds) [b, pb] = [inner, pi];
    }
    if (!pb.holds) {
      [a, pa] = [b, pb];
      continue;
    }
    const exact = walk ? closedForm(line, a, b, pa, pb, EXACT_TOLERANCE * span) : null;
    if (exact !== null) return { found: true, value: exact, how: { kind: 'exact', tolerance: EXACT_TOLERANCE * span } };
    return { found: true, value: bisect(line, a, b, BISECTION_TOLERANCE * span), how: bisection(span) };
  }
  return { found: false };
}

const bisection = (span: number): HowSolved => ({ kind: 'bisection', tolerance: BISECTION_TOLERANCE * span });

/** Bisection on (a, b], the goal failing at a and holding at b: the end that holds, within `tolerance` of a failure. */
function bisect(line: Line, a: number, b: number, tolerance: number): number {
  let [lo, hi] = [a, b];
  while (Math.abs(hi - lo) > tolerance) {
    const mid = lo + (hi - lo) / 2;
    if (mid === lo || mid === hi) break;
    if (line.probe(mid).holds) hi = mid;
    else lo = mid;
  }
  return hi;
}

function closedForm(line: Line, a: number, b: number, pa: Probe, pb: Probe, tolerance: number): number | null {
  if (pa.score === null || pb.score === null || pa.bar === null || pb.bar === null) return null;
  const pm = line.probe(a + (b - a) / 2);
  if (pm.score === null || pm.bar === null) return null;
  const linear =
    near(pa.bar, pb.bar, 1e-12) && near(pm.bar, pa.bar, 1e-12) && near(pm.score, (pa.score + pb.score) / 2, 1e-10);
  const slope = (pb.score - pa.score) / (b - a);
  if (!linear || !(Math.abs(slope) > 0)) return null;
  const d = Math.sign(b - a);
  const beyond = (x: number) => (x - b) * d > 0;
  let value = a + (pa.bar - pa.score) / slope + (pa.strict ? d * tolerance : 0);
  if (beyond(value)) value = b;
  // Rounding can leave the closed form a hair short of the app's verdict: step on, doubling, up to the piece's end.
  for (let step = tolerance, k = 0; !line.probe(value).holds; step *= 2, k++) {
    if (k > 40 || value === b) return null;
    value = beyond(value + d * step) ? b : value + d * step;
  }
  const back = value - d * tolerance;
  if ((back - a) * d > 0 && line.probe(back).holds) return null; // not the first value that holds
  return value;
}
