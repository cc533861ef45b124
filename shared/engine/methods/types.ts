import type { Direction, Normalization } from '../types';
import type { DenseMatrix } from '../matrix';
import type { NormalizationContext } from '../normalize';
import type { Better } from '../rank';

/** PROMETHEE preference functions (Brans & Vincke 1985), d = the advantage of a over b on a criterion. */
export type PreferenceFunction =
  | { type: 'usual' }
  | { type: 'u-shape'; q: number }
  | { type: 'v-shape'; p: number }
  | { type: 'level'; q: number; p: number }
  | { type: 'linear'; q: number; p: number }
  | { type: 'gaussian'; s: number };

export interface MethodInput {
  /** Raw values, rows = alternatives. NaN (missing) is accepted only by wsm, wpm and winrate, with skipMissing. */
  matrix: DenseMatrix;
  /** The "renormalize" policy: leave missing cells out of each alternative's score instead of failing. */
  skipMissing?: boolean;
  directions: readonly Direction[];
  /** Non-negative weights summing to 1. */
  weights: ArrayLike<number>;
  normalization?: Normalization;
  normalizationContext?: NormalizationContext;
  /** VIKOR: weight of the strategy of the majority of criteria (default 0.5). */
  v?: number;
  /** PROMETHEE II: one preference function per criterion (default usual). */
  preferences?: readonly PreferenceFunction[];
}

export interface MethodResult<D> {
  scores: Float64Array;
  better: Better;
  details: D;
}

export interface NormalizedDetails {
  normalization: Normalization;
  normalized: DenseMatrix;
}
