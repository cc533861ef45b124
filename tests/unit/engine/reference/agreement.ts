import { Refusal, scoreRef, type Problem, type Scored } from './mcda-reference';

/**
 * How an engine answer is judged against the reference (shared by the property tests and the CLI
 * differential). Tolerance, stated once: a score agrees when
 *   |engine − reference| ≤ 1e-9 · max(|reference|, max_k |reference_k|) + 1e-15 + u
 * i.e. 1e-9 relative to the largest score of the problem, 1e-15 absolute for values that are exactly 0, and u
 * the rounding a double computation cannot avoid, carried through the method (a few ε of each normalized value,
 * more for z-scores, whose mean of values near M is off by up to ~m·ε·M; TOPSIS divides it by D⁺ + D⁻). Two alternatives must be ordered as the reference orders them unless their reference scores are
 * within the sum of their tolerances.
 */
export const RELATIVE_TOLERANCE = 1e-9;
const ZERO_TOLERANCE = 1e-15;

/**
 * Refusal codes whose condition the reference has checked and found false when it scores the problem (weights
 * valid, no negative, zero or missing value where it matters, references present): never an acceptable answer.
 */
const FALSE_CLAIMS: ReadonlySet<string> = new Set([
  'invalid-weights',
  'negative-value',
  'zero-value',
  'no-reference',
  'missing-value',
  'shape',
]);

/** What the engine (or the CLI) answered for one problem. */
export type EngineAnswer =
  | { kind: 'scores'; scores: readonly unknown[]; rank: readonly unknown[]; better: unknown }
  | { kind: 'refused'; code: string | null; located: boolean; message: string };

export type ReferenceAnswer = { kind: 'scores'; scored: Scored } | { kind: 'refused'; refusal: Refusal };

export function referenceAnswer(p: Problem): ReferenceAnswer {
  try {
    return { kind: 'scores', scored: scoreRef(p) };
  } catch (error) {
    if (error instanceof Refusal) return { kind: 'refused', refusal: error };
    throw error;
  }
}

export function tolerances(s: Scored): number[] {
  const scale = Math.max(...s.scores.map(Math.abs));
  return s.scores.map((r, i) => RELATIVE_TOLERANCE * Math.max(Math.abs(r), scale) + ZERO_TOLERANCE + s.uncertainty[i]);
}

/**
 * Every disagreement between the engine's answer and the reference's, as readable lines (empty = agreement).
 * `extreme` allows a typed, located refusal where the reference has scores (issue 9: finite or a typed error),
 * unless its code states something the reference found false (FALSE_CLAIMS).
 */
export function disagreements(p: Problem, engine: EngineAnswer, extreme: boolean): string[] {
  const ref = referenceAnswer(p);
  if (ref.kind === 'refused') {
    if (engine.kind !== 'refused')
      return [`the reference refuses (${ref.refusal.code}: ${ref.refusal.message}) but the engine answered`];
    const out: string[] = [];
    if (!engine.located) out.push(`refused without naming the field: ${engine.message}`);
    const codes: string[] = ref.refusal.codes;
    if (!codes.includes('overflow') && !codes.includes(engine.code ?? ''))
      out.push(`refused with ${engine.code}, expected ${codes.join(' or ')} (${engine.message})`);
    return out;
  }
  const expected = ref.scored;
  if (engine.kind === 'refused') {
    if (extreme && engine.located && engine.code && !FALSE_CLAIMS.has(engine.code)) return [];
    return [`refused (${engine.code}: ${engine.message}); the reference scores ${JSON.stringify(expected.scores)}`];
  }
  const out: string[] = [];
  if (engine.better !== expected.better) out.push(`better = ${String(engine.better)}, expected ${expected.better}`);
  const scores = engine.scores;
  if (scores.length !== expected.scores.length)
    return [...out, `${scores.length} scores for ${expected.scores.length} alternatives`];
  const tol = tolerances(expected);
  scores.forEach((e, i) => {
    if (typeof e !== 'number' || !Number.isFinite(e)) out.push(`score ${i} is ${String(e)} (not a finite number)`);
    else if (Math.abs(e - expected.scores[i]) > tol[i])
      out.push(
        `score ${i} = ${e}, reference ${expected.scores[i]} (|Δ| ${Math.abs(e - expected.scores[i])} > ${tol[i]})`,
      );
  });
  const sign = expected.better === 'higher' ? 1 : -1;
  for (let i = 0; i < scores.length; i++)
    for (let k = 0; k < scores.length; k++) {
      const margin = sign * (expected.scores[i] - expected.scores[k]);
      if (margin > tol[i] + tol[k] && !((engine.rank[i] as number) < (engine.rank[k] as number)))
        out.push(`alternative ${i} should rank above ${k}; ranks ${engine.rank[i]} and ${engine.rank[k]}`);
    }
  return out;
}

/** A problem in one line for failure messages (fast-check prints the counterexample too). */
export const describeProblem = (p: Problem) =>
  `${p.method}${p.normalization ? `/${p.normalization}` : ''} dirs=${p.dirs.join(',')} weights=${JSON.stringify(p.weights)} matrix=${JSON.stringify(p.matrix)}`;
