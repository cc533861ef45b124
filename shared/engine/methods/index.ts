import { EngineError } from '../errors';
import { toDense, type DenseMatrix, type MatrixInput } from '../matrix';
import { applyMissingPolicy, type MissingOutcome } from '../missing';
import type { NormalizationContext } from '../normalize';
import { competitionRanks, plainArray, type Better } from '../rank';
import type { Direction, MethodName, MissingPolicy, Normalization } from '../types';
import { directWeights, normalizeWeights } from '../weights';
import { copras, type CoprasDetails } from './copras';
import { promethee2, type PrometheeDetails } from './promethee2';
import { topsis, type TopsisDetails } from './topsis';
import type { MethodInput, MethodResult, NormalizedDetails, PreferenceFunction } from './types';
import { vikor, type VikorDetails } from './vikor';
import { winrate, type WinrateDetails } from './winrate';
import { wpm } from './wpm';
import { prepareWsm, wsmResult, type WsmColumns } from './wsm';
import { INCREMENTAL_FROM, wsmEdits, type WsmEdits } from './wsm-edits';

export type { PreferenceFunction } from './types';

export type MethodDetails =
  | ({ method: 'wsm' | 'wpm' } & NormalizedDetails)
  | ({ method: 'topsis' } & TopsisDetails)
  | ({ method: 'vikor' } & VikorDetails)
  | ({ method: 'promethee2' } & PrometheeDetails)
  | ({ method: 'copras' } & CoprasDetails)
  | ({ method: 'winrate' } & WinrateDetails);

const METHODS: Record<Exclude<MethodName, 'wsm'>, (input: MethodInput) => MethodResult<object>> = {
  wpm,
  topsis,
  vikor,
  promethee2,
  copras,
  winrate,
};

/** Methods that can leave a missing cell out of one alternative's score ("renormalize"). */
export const SKIPS_MISSING_CELLS: ReadonlySet<MethodName> = new Set(['wsm', 'wpm', 'winrate']);

export interface RankInput {
  /** Raw values, rows = alternatives; null or NaN = missing. */
  matrix: MatrixInput;
  directions: readonly Direction[];
  /** Non-negative weights, normalized here to sum 1. */
  weights: readonly number[];
  method: { name: MethodName; normalization?: Normalization; v?: number };
  preferences?: readonly PreferenceFunction[];
  normalizationContext?: NormalizationContext;
  /** How to treat missing values; without a policy a missing value is an error. */
  missing?: MissingPolicy;
}

export interface RankOutput {
  scores: number[];
  better: Better;
  /** Competition ranks (1, 2, 2, 4) in input order. */
  rank: number[];
  /** Alternative indices best first; equal scores keep input order. */
  order: number[];
  /** Weights actually used, per original criterion (0 for a dropped one). */
  weights: number[];
  details: MethodDetails;
  /** What the missing-value policy did; null when the matrix was complete. */
  missing: MissingOutcome | null;
}

function hasMissing(data: Float64Array): boolean {
  for (let k = 0; k < data.length; k++) if (data[k] !== data[k]) return true;
  return false;
}

const pick = <T>(values: readonly T[] | undefined, columns: readonly number[]): T[] | undefined =>
  values && columns.map((j) => values[j]);

/**
 * The part of a ranking that does not depend on the weights, for one matrix, directions, method, normalization
 * and missing-value policy: the matrix after the policy and, for WSM, its normalized columns (built at the first
 * ranking) and, from `incrementalFrom` cells, the sums of the last WSM ranking. Made by `prepareRanking` and read by
 * `rankPrepared` at every weight edit; it holds the input it was made from, so a new matrix is a new PreparedRanking
 * (the engine never mutates a matrix, and neither may its callers while a PreparedRanking of it is in use).
 */
export interface PreparedRanking {
  readonly input: Readonly<Omit<RankInput, 'weights'>>;
  readonly cols: number;
  readonly missing: MissingOutcome | null;
  /** The method's input without the weights: the matrix and per-criterion parameters after the policy. */
  readonly method: Readonly<Omit<MethodInput, 'weights'>>;
  /** WSM's normalized columns, built at the first WSM ranking. */
  wsm: WsmColumns | null;
  /** WSM's kept sums (see wsmEdits), made with `wsm` when the matrix has at least `incrementalFrom` cells. */
  wsmEdits: WsmEdits | null;
  readonly incrementalFrom: number;
}

export interface PrepareOptions {
  /** Cells from which WSM keeps its sums between weight edits (default INCREMENTAL_FROM; 0 = always). */
  incrementalFrom?: number;
  /** The caller knows the matrix has no missing value (e.g. from the pivot that built it): no pass looks for one. */
  complete?: boolean;
}

/** Checks the shapes and applies the missing-value policy (see PreparedRanking). */
export function prepareRanking(
  input: Omit<RankInput, 'weights'>,
  { incrementalFrom = INCREMENTAL_FROM, complete = false }: PrepareOptions = {},
): PreparedRanking {
  const raw = toDense(input.matrix);
  const n = raw.cols;
  if (input.directions.length !== n)
    throw new EngineError('shape', `${input.directions.length} directions for ${n} criteria`, ['criteria']);
  if (input.preferences && input.preferences.length !== n)
    throw new EngineError('shape', `${input.preferences.length} preference functions for ${n} criteria`, ['criteria']);
  let matrix: DenseMatrix = raw;
  let columns = Array.from({ length: n }, (_, j) => j);
  let missing: MissingOutcome | null = null;
  // Without a policy the methods themselves reject a missing value (naming the cell), saving a pass here.
  if (input.missing && !complete && hasMissing(raw.data)) {
    missing = applyMissingPolicy(raw, input.directions, input.missing, SKIPS_MISSING_CELLS.has(input.method.name));
    matrix = missing.matrix;
    columns = missing.columns;
    if (columns.length === 0) throw new EngineError('missing-value', 'no criterion is left to rank on', ['matrix']);
  }
  const context = input.normalizationContext;
  return {
    input,
    cols: n,
    missing,
    method: {
      matrix,
      skipMissing: missing?.policy === 'renormalize',
      directions: pick(input.directions, columns)!,
      normalization: input.method.normalization,
      normalizationContext: context && {
        references: pick(context.references, columns),
        baselines: pick(context.baselines, columns),
        bests: pick(context.bests, columns),
      },
      v: input.method.v,
      preferences: pick(input.preferences, columns),
    },
    wsm: null,
    wsmEdits: null,
    incrementalFrom,
  };
}

/** Ranks alternatives with one of the aggregation methods; see each method's file for its formula. */
export function rankAlternatives(input: RankInput): RankOutput {
  const matrix = toDense(input.matrix);
  const n = matrix.cols;
  if (input.directions.length !== n)
    throw new EngineError('shape', `${input.directions.length} directions for ${n} criteria`, ['criteria']);
  if (input.weights.length !== n)
    throw new EngineError('shape', `${input.weights.length} weights for ${n} criteria`, ['weights']);
  if (input.preferences && input.preferences.length !== n)
    throw new EngineError('shape', `${input.preferences.length} preference functions for ${n} criteria`, ['criteria']);
  directWeights(input.weights); // the weights' own errors come before the missing-value policy's
  return rankPrepared(prepareRanking({ ...input, matrix }), input.weights);
}

/**
 * WSM over the prepared columns: a full pass with the normalized weights below `incrementalFrom` cells, else the
 * kept sums updated over the columns whose raw weight changed (see wsmEdits for the bound that holds).
 */
function wsmRanking(prepared: PreparedRanking, raw: readonly number[], weights: Float64Array) {
  if (!prepared.wsm) {
    prepared.wsm = prepareWsm(prepared.method);
    if (prepared.wsm.rows * prepared.wsm.cols >= prepared.incrementalFrom) prepared.wsmEdits = wsmEdits(prepared.wsm);
  }
  const input = { ...prepared.method, weights };
  return wsmResult(prepared.wsm, input, prepared.wsmEdits?.scores(raw));
}

/**
 * rankAlternatives over a prepared matrix: the same result, bit for bit, for these weights — except WSM from
 * `incrementalFrom` cells, whose scores come from sums kept since the previous edits, within wsm-edits.ts' bound
 * of a fresh ranking's (ranks equal unless two scores sit within that bound of the 1e-12 tie rule's edge).
 */
export function rankPrepared(prepared: PreparedRanking, rawWeights: readonly number[]): RankOutput {
  const n = prepared.cols;
  const name = prepared.input.method.name;
  if (rawWeights.length !== n)
    throw new EngineError('shape', `${rawWeights.length} weights for ${n} criteria`, ['weights']);
  const fullWeights = directWeights(rawWeights);
  const { missing } = prepared;
  const columns = missing ? missing.columns : null;
  const kept = columns ? columns.map((j) => fullWeights[j]) : fullWeights;
  if (!kept.some((w) => w > 0))
    throw new EngineError('invalid-weights', 'the criteria left after the missing-value policy all weigh 0', [
      'weights',
    ]);
  const weights = Float64Array.from(normalizeWeights(kept));
  const result =
    name === 'wsm'
      ? wsmRanking(prepared, columns ? columns.map((j) => rawWeights[j]) : rawWeights, weights)
      : METHODS[name]({ ...prepared.method, weights });
  const { scores } = result;
  for (let i = 0; i < scores.length; i++)
    if (!Number.isFinite(scores[i]))
      throw new EngineError(
        'out-of-range',
        `${name} gives no finite score for alternative ${i} (the values are beyond what the method can compute); rescale the criteria or choose another normalization`,
        ['matrix', i],
      );
  const { rank, order } = competitionRanks(scores, result.better);
  const usedWeights = new Array<number>(n).fill(0);
  if (columns) columns.forEach((j, c) => (usedWeights[j] = weights[c]));
  else for (let j = 0; j < n; j++) usedWeights[j] = weights[j];
  return {
    scores: plainArray(scores),
    better: result.better,
    rank,
    order,
    weights: usedWeights,
    // Assigned, not spread: a method's details may hold lazily computed fields (WSM's normalized matrix).
    details: Object.assign(result.details, { method: name }) as MethodDetails,
    missing,
  };
}
