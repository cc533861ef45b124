/** The engine's small vocabularies; shared/domain's zod schemas enumerate these same arrays. */

export const DIRECTIONS = ['higher', 'lower'] as const;
/** Whether a higher or a lower raw value is better on a criterion. */
export type Direction = (typeof DIRECTIONS)[number];

export const NORMALIZATIONS = [
  'minmax',
  'max',
  'linear',
  'sum',
  'vector',
  'zscore',
  'rank',
  'frontier-ratio',
  'random-baseline',
] as const;
export type Normalization = (typeof NORMALIZATIONS)[number];

export const METHOD_NAMES = ['wsm', 'wpm', 'topsis', 'vikor', 'promethee2', 'copras', 'winrate'] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

export const MISSING_POLICIES = ['drop', 'renormalize', 'worst', 'mean'] as const;
/** How missing cells are treated before normalization (shared/engine/missing.ts). */
export type MissingPolicy = (typeof MISSING_POLICIES)[number];
