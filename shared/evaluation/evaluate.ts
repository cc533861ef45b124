import type { Direction } from '../domain/dataset';
import { cellKey, type MethodName, type MissingPolicy, type Normalization, type Scenario } from '../domain/scenario';
import { indexDataset, type DatasetIndex } from '../dataset/index';
import { pivotDataset } from '../dataset/pivot';
import { resolveCell, type ResolvedCell } from '../dataset/resolve';
import { EngineError } from '../engine/errors';
import type { DenseMatrix } from '../engine/matrix';
import { applyMissingPolicy } from '../engine/missing';
import {
  prepareRanking,
  rankPrepared,
  SKIPS_MISSING_CELLS,
  type MethodDetails,
  type PreferenceFunction,
  type PreparedRanking,
} from '../engine/methods/index';
import { normalizeMatrix, type NormalizationContext } from '../engine/normalize';
import { hierarchicalWeights } from '../engine/weights';
import { coverageOf, coverageRanks, minCoverage, rowCoverage, type Coverage } from './coverage';

/** One cell of the decision matrix as the app shows it: the value used and where it came from. */
export interface MatrixCell {
  value: number | null;
  /** The dataset's value under the observation policy (before any what-if override). */
  datasetValue: number | null;
  origin: 'observation' | 'override' | 'missing';
  resolved: ResolvedCell;
}

/** A criterion of the decision matrix: what the weights do not change. */
export interface MatrixCriterion {
  benchmark: string;
  name: string;
  direction: Direction;
  /** False when the missing-value policy removed the criterion ("drop", or no value at all). */
  used: boolean;
}

export interface EvaluatedCriterion extends MatrixCriterion {
  rawWeight: number;
  /** Weight normalized to sum 1 over the criteria in use (group weight × local weight when grouped). */
  weight: number;
}

/** An alternative's row of the decision matrix (no score: see EvaluatedAlternative). */
export interface MatrixAlternative {
  model: string;
  name: string;
  /** Each criterion's cell with its resolution; built when first read. */
  cells: Record<string, MatrixCell>;
  /** One criterion's cell (as in `cells`), built alone when first read: the grid reads a screenful at a time. */
  cell(benchmark: string): MatrixCell;
  /** Values under the scenario's normalization (1 = best for minmax); null where missing. */
  normalized: Record<string, number | null>;
  /** Criteria whose value was missing and treated by the missing-value policy. */
  imputed: string[];
  /** How many criteria have a value (overrides counted), and whether that meets the coverage rule. */
  coverage: Coverage;
}

export interface EvaluatedAlternative extends MatrixAlternative {
  /**
   * weight × normalized value per criterion, adding up to the composite (to rounding; from 65,536 cells, where the
   * engine keeps its sums between weight edits, to the bound of shared/engine/methods/wsm-edits.ts); empty unless
   * the method is WSM.
   */
  contributions: Record<string, number>;
  /** The method's score: WSM/WPM/TOPSIS/COPRAS Q/win rate/PROMETHEE net flow (higher better), VIKOR Q (lower). */
  composite: number;
  /** Competition rank under the coverage rule: models with insufficient data rank after every model with data. */
  rank: number;
}

/**
 * The decision matrix of a scenario as the Data view shows it: what a weight edit does not change (no scores, no
 * ranks: see Evaluation). Never unrankable: a scenario whose weights are all 0 still has its values.
 */
export interface MatrixEvaluation {
  criteria: MatrixCriterion[];
  /** In the scenario's alternatives order. */
  alternatives: MatrixAlternative[];
  /** The values used, alternatives × criteria in order (overrides applied, before the missing-value policy; NaN = missing). */
  values: DenseMatrix;
  /** The alternatives' normalized values, alternatives × criteria (NaN in a criterion the policy dropped). */
  normalizedValues: DenseMatrix;
  /** The coverage rule's minimum share of criteria with a value. */
  minCoverage: number;
  normalization: Normalization;
  /** The missing-value policy actually applied (renormalize becomes mean for non-additive methods). */
  missingPolicy: MissingPolicy;
  /** Plain-language notes on what the engine had to decide (fallbacks, dropped criteria). */
  notes: string[];
}

export interface Evaluation extends MatrixEvaluation {
  criteria: EvaluatedCriterion[];
  alternatives: EvaluatedAlternative[];
  /** Model ids best first (those with insufficient data after the others). */
  order: string[];
  better: 'higher' | 'lower';
  method: MethodName;
  /** True only for WSM, the one additive method where weight × normalized value splits the composite. */
  contributionsAvailable: boolean;
  /** Method-specific results (VIKOR S, R, compromise set; PROMETHEE flows; …), indices in alternatives order. */
  details: MethodDetails;
}

/**
 * Why a scenario cannot be ranked as it stands, and what fixes it. The views, the report and the CLI show this
 * instead of a ranking: never equal weights in place of the analyst's zeros, never a tie at 0 from a product.
 * - all-weights-zero: no criterion carries weight (every weight 0, or every group in use and every ungrouped
 *   criterion 0), so there is nothing to rank on;
 * - needs-positive-values: WPM multiplies n_ij^{w_j}, so one normalized value ≤ 0 on a weighted criterion makes
 *   (or, negative, breaks) the product; `fixes` are the normalizations that give every weighted value > 0 here.
 */
export type Unrankable =
  | { kind: 'all-weights-zero' }
  /** A group with a positive share whose members all weigh 0: its share has nowhere to go. */
  | { kind: 'group-weights-zero'; group: string; label: string }
  | {
      kind: 'needs-positive-values';
      method: MethodName;
      normalization: Normalization;
      /** The first weighted cell whose normalized value is ≤ 0: model and criterion (ids and names). */
      model: string;
      modelName: string;
      benchmark: string;
      benchmarkName: string;
      value: number;
      fixes: Normalization[];
    };

/** Normalizations suggested to WPM, in order, when they give positive values. */
const POSITIVE_CANDIDATES: readonly Normalization[] = ['max', 'linear', 'sum', 'vector', 'rank'];

/** The state as one English sentence (the CLI's message; the renderer shows its own translations). */
function unrankableMessage(reason: Unrankable): string {
  if (reason.kind === 'all-weights-zero') return 'All criteria weigh 0: set a weight to rank';
  if (reason.kind === 'group-weights-zero')
    return `Every criterion in group ${reason.label} weighs 0 but the group has weight: weight one of them or set the group to 0`;
  const where = `${reason.normalization} gives ${reason.modelName} ${reason.value} on ${reason.benchmarkName}`;
  const fix = reason.fixes.length
    ? `choose ${reason.fixes.slice(0, 2).join(' or ')} normalization`
    : 'no normalization gives positive values for these data';
  return `WPM needs positive values (${where}): ${fix}`;
}

/** A scenario that cannot be ranked (see Unrankable); an EngineError, so the CLI's error envelope carries it. */
export class UnrankableError extends EngineError {
  constructor(readonly reason: Unrankable) {
    super(
      reason.kind === 'needs-positive-values' ? 'zero-value' : 'invalid-weights',
      unrankableMessage(reason),
      reason.kind === 'group-weights-zero'
        ? ['groups', reason.group]
        : ['criteria', ...(reason.kind === 'all-weights-zero' ? [] : [reason.benchmark])],
    );
    this.name = 'UnrankableError';
  }
}

/**
 * True when no criterion carries weight: every criterion's own weight is 0, or the top level of the weight tree
 * (the groups in use and the ungrouped criteria) is all 0.
 */
function allWeightsZero(scenario: Scenario): boolean {
  if (scenario.criteria.every((c) => !(c.weight > 0))) return true;
  const groups = new Map(scenario.groups.map((g) => [g.id, g]));
  const root = (id: string): string => {
    const seen = new Set<string>();
    let at = id;
    for (let p = groups.get(at)?.parent; p != null && groups.has(p) && !seen.has(p); p = groups.get(at)?.parent)
      seen.add((at = p));
    return at;
  };
  const top = scenario.criteria.map((c) =>
    c.group !== null && groups.has(c.group) ? groups.get(root(c.group))!.weight : c.weight,
  );
  return top.every((w) => !(w > 0));
}

/** The decision matrix of a scenario: observation policy applied, then what-if overrides on top. */
export function decisionMatrix(scenario: Scenario): Record<string, Record<string, MatrixCell>> {
  const index = indexDataset(scenario.dataset);
  return cellsFor(scenario, index, scenario.alternatives);
}

/** One cell with its resolution (for the side panel, tooltips, the report); `overrides` keyed by cellKey. */
function matrixCell(
  scenario: Scenario,
  index: DatasetIndex,
  overrides: ReadonlyMap<string, number>,
  model: string,
  benchmark: string,
): MatrixCell {
  const resolved = resolveCell(index, scenario.observationPolicy, model, benchmark, scenario.alternatives);
  const override = overrides.get(cellKey(model, benchmark));
  return override !== undefined
    ? { value: override, datasetValue: resolved.value, origin: 'override', resolved }
    : {
        value: resolved.value,
        datasetValue: resolved.value,
        origin: resolved.value === null ? 'missing' : 'observation',
        resolved,
      };
}

const overrideValues = (scenario: Scenario) =>
  new Map(scenario.overrides.map((o) => [cellKey(o.model, o.benchmark), o.value]));

function cellsFor(
  scenario: Scenario,
  index: DatasetIndex,
  models: readonly string[],
): Record<string, Record<string, MatrixCell>> {
  const overrides = overrideValues(scenario);
  const out: Record<string, Record<string, MatrixCell>> = {};
  for (const model of models) out[model] = rowCells(scenario, index, overrides, model);
  return out;
}

function rowCells(
  scenario: Scenario,
  index: DatasetIndex,
  overrides: ReadonlyMap<string, number>,
  model: string,
): Record<string, MatrixCell> {
  const row: Record<string, MatrixCell> = {};
  for (const { benchmark } of scenario.criteria)
    row[benchmark] = matrixCell(scenario, index, overrides, model, benchmark);
  return row;
}

/**
 * The dataset's values for models × benchmarks under the scenario's policy, the last few per dataset kept: a
 * weight, method or override edit makes a new scenario over the same dataset, policy and lists, and a 10,000 ×
 * 200 pivot is most of an evaluation. A copy is returned when `copy` (overrides are written into it), else the kept
 * values themselves (no one writes into a decision matrix: the engine never mutates one, nor do its readers).
 */
const pivots = new WeakMap<Scenario['dataset'], { key: unknown[]; values: Float64Array; complete: boolean }[]>();
function pivotValues(
  scenario: Scenario,
  models: readonly string[],
  benchmarks: readonly string[],
  copy: boolean,
): { values: Float64Array; complete: boolean } {
  const key = [scenario.observationPolicy, scenario.alternatives, models, benchmarks.join('\u0000')];
  const kept = pivots.get(scenario.dataset) ?? [];
  const hit = kept.find((k) => k.key.every((part, i) => part === key[i]));
  if (hit) return { values: copy ? hit.values.slice() : hit.values, complete: hit.complete };
  const { values, complete } = pivotDataset(
    scenario.dataset,
    scenario.observationPolicy,
    scenario.alternatives,
    models,
    benchmarks,
  );
  pivots.set(scenario.dataset, [{ key, values, complete }, ...kept].slice(0, 4));
  return { values: copy ? values.slice() : values, complete };
}

/**
 * The values the decision matrix uses, models × criteria row-major (NaN = missing): the pivot, overrides on top;
 * `complete` when the pivot had a value in every cell (an override writes a finite value, so it stays so).
 */
function matrixValues(scenario: Scenario, models: readonly string[]): DenseMatrix & { complete: boolean } {
  const benchmarks = scenario.criteria.map((c) => c.benchmark);
  const { values: data, complete } = pivotValues(scenario, models, benchmarks, scenario.overrides.length > 0);
  const cols = benchmarks.length;
  const row = new Map(models.map((m, r) => [m, r]));
  for (const o of scenario.overrides) {
    const r = row.get(o.model);
    if (r !== undefined) benchmarks.forEach((b, j) => b === o.benchmark && (data[r * cols + j] = o.value));
  }
  return { rows: models.length, cols, data, complete };
}

/**
 * What a weight edit does not change, kept per dataset for the last few scenarios (keyed by what it is computed
 * from; a new dataset, policy, list, override, normalization, method or missing policy is a new entry): the values,
 * directions, normalization context, the engine's prepared ranking (the missing policy and WSM's normalized
 * columns) and the grid's normalized view, built when read.
 */
interface PreparedData {
  values: DenseMatrix;
  directions: Direction[];
  context: NormalizationContext;
  prepared: PreparedRanking;
  normalized: DenseMatrix | null;
  /** rowCoverage of the values under the last minimum share asked for. */
  coverage: { minShare: number; rows: Coverage[] } | null;
}

/**
 * rowCoverage of the prepared values, kept while the rule's minimum share stays (a weight edit keeps both). The
 * engine applied no missing-value policy only when it found no missing value (the scenario always names a policy):
 * every row then has every criterion, without another pass.
 */
function coverageOfRows(data: PreparedData, minShare: number): Coverage[] {
  if (data.coverage?.minShare !== minShare) {
    const { rows, cols } = data.values;
    const complete = data.prepared.missing === null;
    const full = complete ? coverageOf(cols, cols, minShare) : null;
    data.coverage = {
      minShare,
      rows: full ? Array.from({ length: rows }, () => ({ ...full })) : rowCoverage(data.values, minShare),
    };
  }
  return data.coverage.rows;
}
const preparedByDataset = new WeakMap<Scenario['dataset'], { key: unknown[]; data: PreparedData }[]>();
function preparedData(scenario: Scenario, index: DatasetIndex): PreparedData {
  const { name, v } = scenario.method;
  const key = [
    scenario.observationPolicy,
    scenario.alternatives,
    scenario.references,
    scenario.criteria.map((c) => c.benchmark).join('\u0000'),
    scenario.overrides,
    scenario.normalization,
    name,
    v,
    scenario.missing,
    name === 'promethee2' ? JSON.stringify(preferencesOf(scenario)) : null,
  ];
  const kept = preparedByDataset.get(scenario.dataset) ?? [];
  const hit = kept.find((k) => k.key.every((part, i) => part === key[i]));
  if (hit) return hit.data;
  const { complete, ...values } = matrixValues(scenario, scenario.alternatives);
  const directions = scenario.criteria.map((c) => index.benchmarks.get(c.benchmark)?.direction ?? 'higher');
  const context = normalizationContext(scenario, index, directions);
  const prepared = prepareRanking(
    {
      matrix: values,
      directions,
      method: { name, normalization: scenario.normalization, v },
      ...(name === 'promethee2' ? { preferences: preferencesOf(scenario) } : {}),
      normalizationContext: context,
      missing: scenario.missing,
    },
    { complete },
  );
  const data = { values, directions, context, prepared, normalized: null, coverage: null };
  preparedByDataset.set(scenario.dataset, [{ key, data }, ...kept].slice(0, 4));
  return data;
}

/**
 * Weights of the scenario: hierarchical (group × local) when criteria sit in known groups, else direct — the raw
 * weights as set, which the engine normalizes (so a slider changes one weight, and the engine's kept sums are
 * updated over that criterion alone); a weighted group whose criteria all weigh 0 is an UnrankableError
 * (group-weights-zero).
 */
function scenarioWeights(scenario: Scenario): number[] {
  const groups = new Set(scenario.groups.map((g) => g.id));
  const grouped = scenario.criteria.some((c) => c.group !== null && groups.has(c.group));
  if (!grouped) return scenario.criteria.map((c) => c.weight);
  try {
    return hierarchicalWeights(scenario.criteria, scenario.groups);
  } catch (error) {
    // hierarchicalWeights' one invalid-weights error naming a group: a weighted group whose members all weigh 0
    const zeroGroup = error instanceof EngineError && error.code === 'invalid-weights' && error.path[0] === 'groups';
    const found = zeroGroup ? scenario.groups.find((g) => g.id === String(error.path[1])) : undefined;
    if (found)
      throw new UnrankableError({ kind: 'group-weights-zero', group: found.id, label: found.label || found.id });
    throw error;
  }
}

/** PROMETHEE II's preference function per criterion (usual where the scenario sets none). */
const preferencesOf = (scenario: Scenario): PreferenceFunction[] =>
  scenario.criteria.map((c) => c.preference ?? { type: 'usual' });

/** Normalization inputs from the scenario: best reference value, random baseline and scale best per criterion. */
function normalizationContext(scenario: Scenario, index: DatasetIndex, directions: Direction[]): NormalizationContext {
  const refs = matrixValues(scenario, scenario.references);
  return {
    references: scenario.criteria.map((_, j) => {
      const values = scenario.references.map((_, r) => refs.data[r * refs.cols + j]).filter((v) => !Number.isNaN(v));
      if (!values.length) return null;
      return directions[j] === 'higher' ? Math.max(...values) : Math.min(...values);
    }),
    baselines: scenario.criteria.map(({ benchmark }) => index.benchmarks.get(benchmark)?.randomBaseline ?? null),
    bests: scenario.criteria.map(({ benchmark }, j) => {
      const scale = index.benchmarks.get(benchmark)?.scale;
      return scale ? (directions[j] === 'higher' ? scale.max : scale.min) : null;
    }),
  };
}

/** One decision matrix per scenario object (every edit makes a new one), with the prepared data it was made of. */
const matrices = new WeakMap<Scenario, { matrix: MatrixEvaluation; index: DatasetIndex; data: PreparedData }>();

/** The decision matrix of a scenario and what evaluateScenario ranks from it (made once per scenario object). */
function matrixFloor(scenario: Scenario): { matrix: MatrixEvaluation; index: DatasetIndex; data: PreparedData } {
  let floor = matrices.get(scenario);
  if (!floor) matrices.set(scenario, (floor = buildMatrix(scenario)));
  return floor;
}

/**
 * The decision matrix of a scenario (observation policy, then overrides; the missing-value policy and normalization
 * of its method), without ranking it: the Data view's evaluation, and the first half of evaluateScenario (one per
 * scenario object, shared by both). Throws only an EngineError from the inputs' shapes.
 */
export const evaluateMatrix = (scenario: Scenario): MatrixEvaluation => matrixFloor(scenario).matrix;

function buildMatrix(scenario: Scenario): { matrix: MatrixEvaluation; index: DatasetIndex; data: PreparedData } {
  const index = indexDataset(scenario.dataset);
  const models = scenario.alternatives;
  const data = preparedData(scenario, index);
  const { values, directions, context } = data;
  const { missing } = data.prepared;
  const used = new Set(missing ? missing.columns : scenario.criteria.map((_, j) => j));
  const criteria: MatrixCriterion[] = scenario.criteria.map((c, j) => ({
    benchmark: c.benchmark,
    name: index.benchmarks.get(c.benchmark)?.name ?? c.benchmark,
    direction: directions[j],
    used: used.has(j),
  }));
  const normalizedOf = () =>
    (data.normalized ??= normalizedView(scenario, values, missing?.matrix ?? values, directions, context, [...used]));
  const overrides = overrideValues(scenario);
  const coverage = coverageOfRows(data, minCoverage(scenario));
  const cols = criteria.length;
  const at = (m: DenseMatrix, r: number, j: number): number | null => {
    const v = m.data[r * cols + j];
    return Number.isNaN(v) ? null : v;
  };

  // Per-alternative records are built when first read: a 10,000 × 200 matrix is shown a screenful at a time.
  const alternatives = models.map((model, r): MatrixAlternative => {
    const cellCache = new Map<string, MatrixCell>();
    const cell = (benchmark: string): MatrixCell => {
      let found = cellCache.get(benchmark);
      if (!found) cellCache.set(benchmark, (found = matrixCell(scenario, index, overrides, model, benchmark)));
      return found;
    };
    let cells: Record<string, MatrixCell> | undefined;
    let normalized: Record<string, number | null> | undefined;
    return {
      model,
      name: index.models.get(model)?.name ?? model,
      cell,
      get cells() {
        return (cells ??= Object.fromEntries(criteria.map((c) => [c.benchmark, cell(c.benchmark)])));
      },
      get normalized() {
        return (normalized ??= Object.fromEntries(criteria.map((c, j) => [c.benchmark, at(normalizedOf(), r, j)])));
      },
      get imputed() {
        return criteria.filter((c, j) => c.used && at(values, r, j) === null).map((c) => c.benchmark);
      },
      coverage: coverage[r],
    };
  });
  const matrix: MatrixEvaluation = {
    criteria,
    alternatives,
    values,
    get normalizedValues() {
      return normalizedOf();
    },
    minCoverage: minCoverage(scenario),
    normalization: scenario.normalization,
    missingPolicy: missing?.policy ?? scenario.missing,
    notes: missing?.notes ?? [],
  };
  return { matrix, index, data };
}

/**
 * Scores a scenario as the app shows it: its decision matrix (evaluateMatrix), then the scenario's aggregation
 * method (see shared/engine/methods) and competition ranks. Throws an UnrankableError, before the engine runs, when
 * the scenario cannot be ranked as it stands (all weights 0; WPM over values that are not all positive), and an
 * EngineError when the inputs cannot be scored (e.g. frontier-ratio without reference values).
 */
export function evaluateScenario(scenario: Scenario): Evaluation {
  if (allWeightsZero(scenario)) throw new UnrankableError({ kind: 'all-weights-zero' });
  const { matrix, index, data } = matrixFloor(scenario);
  const { values, directions, context } = data;
  const weights = scenarioWeights(scenario);
  if (scenario.method.name === 'wpm') assertPositiveForProduct(scenario, index, values, directions, context, weights);
  const result = rankPrepared(data.prepared, weights);
  const criteria: EvaluatedCriterion[] = matrix.criteria.map((c, j) => ({
    benchmark: c.benchmark,
    name: c.name,
    direction: c.direction,
    rawWeight: scenario.criteria[j].weight,
    weight: result.weights[j],
    used: c.used,
  }));
  const additive = scenario.method.name === 'wsm';
  const coverage = matrix.alternatives.map((a) => a.coverage);
  // Every model meeting the rule: the engine's ranking is the coverage ranking (the same competitionRanks call).
  const ranking = coverage.every((c) => !c.insufficient)
    ? result
    : coverageRanks(
        result.scores,
        result.better,
        coverage.map((c) => c.insufficient),
      );
  const cols = criteria.length;
  const normalizedAt = (r: number, j: number): number | null => {
    const v = matrix.normalizedValues.data[r * cols + j];
    return Number.isNaN(v) ? null : v;
  };
  const alternatives = matrix.alternatives.map((a, r): EvaluatedAlternative => {
    let contributions: Record<string, number> | undefined;
    return {
      model: a.model,
      name: a.name,
      cell: a.cell,
      get cells() {
        return a.cells;
      },
      get normalized() {
        return a.normalized;
      },
      get contributions() {
        if (contributions) return contributions;
        contributions = {};
        if (!additive) return contributions;
        const present = criteria.reduce((sum, c, j) => sum + (c.used && normalizedAt(r, j) !== null ? c.weight : 0), 0);
        for (const [j, c] of criteria.entries())
          contributions[c.benchmark] = present > 0 ? (c.weight * (normalizedAt(r, j) ?? 0)) / present : 0;
        return contributions;
      },
      composite: result.scores[r],
      rank: ranking.rank[r],
      get imputed() {
        return a.imputed;
      },
      coverage: a.coverage,
    };
  });
  return {
    criteria,
    alternatives,
    values,
    get normalizedValues() {
      return matrix.normalizedValues;
    },
    order: ranking.order.map((i) => scenario.alternatives[i]),
    minCoverage: matrix.minCoverage,
    better: result.better,
    method: scenario.method.name,
    normalization: scenario.normalization,
    contributionsAvailable: additive,
    missingPolicy: matrix.missingPolicy,
    details: result.details,
    notes: matrix.notes,
  };
}

/**
 * The grid's normalized view, alternatives × all criteria: the scenario's normalization of the values after the
 * missing-value policy (`policyMatrix`, over the `used` columns), NaN in a criterion the policy dropped.
 */
function normalizedView(
  scenario: Scenario,
  values: DenseMatrix,
  policyMatrix: DenseMatrix,
  directions: Direction[],
  context: NormalizationContext,
  used: number[],
): DenseMatrix {
  const columns = used.sort((a, b) => a - b);
  const normalized = normalizeMatrix(
    policyMatrix,
    columns.map((j) => directions[j]),
    scenario.normalization,
    {
      references: columns.map((j) => context.references![j]),
      baselines: columns.map((j) => context.baselines![j]),
      bests: columns.map((j) => context.bests![j]),
    },
  );
  if (columns.length === values.cols) return normalized; // every criterion in use: the same layout
  const data = new Float64Array(values.rows * values.cols).fill(NaN);
  for (let r = 0; r < values.rows; r++)
    for (let c = 0; c < columns.length; c++)
      data[r * values.cols + columns[c]] = normalized.data[r * normalized.cols + c];
  return { rows: values.rows, cols: values.cols, data };
}

/**
 * WPM's precondition, checked before the engine runs: after the missing-value policy, every normalized value on a
 * criterion with weight > 0 is > 0 (a cell the policy leaves out under "renormalize" is skipped, as WPM skips it).
 * Throws needs-positive-values naming the first offending cell and the normalizations that would do.
 */
function assertPositiveForProduct(
  scenario: Scenario,
  index: DatasetIndex,
  values: DenseMatrix,
  directions: Direction[],
  context: NormalizationContext,
  weights: number[],
): void {
  const policy = applyMissingPolicy(values, directions, scenario.missing, SKIPS_MISSING_CELLS.has('wpm'));
  const columns = policy.columns;
  if (!columns.length) return; // the engine says that no criterion is left
  const firstNonPositive = (normalization: Normalization): { row: number; col: number; value: number } | null => {
    const normalized = normalizeMatrix(
      policy.matrix,
      columns.map((j) => directions[j]),
      normalization,
      {
        references: columns.map((j) => context.references![j]),
        baselines: columns.map((j) => context.baselines![j]),
        bests: columns.map((j) => context.bests![j]),
      },
    );
    const cols = columns.length;
    for (let r = 0; r < normalized.rows; r++)
      for (let c = 0; c < cols; c++) {
        const v = normalized.data[r * cols + c];
        if (weights[columns[c]] > 0 && v <= 0) return { row: r, col: columns[c], value: v };
      }
    return null;
  };
  const givesPositive = (normalization: Normalization): boolean => {
    try {
      return firstNonPositive(normalization) === null;
    } catch (error) {
      if (error instanceof EngineError) return false; // a normalization these data cannot take (negative values)
      throw error;
    }
  };
  const bad = firstNonPositive(scenario.normalization);
  if (!bad) return;
  const model = scenario.alternatives[bad.row];
  const benchmark = scenario.criteria[bad.col].benchmark;
  throw new UnrankableError({
    kind: 'needs-positive-values',
    method: scenario.method.name,
    normalization: scenario.normalization,
    model,
    modelName: index.models.get(model)?.name ?? model,
    benchmark,
    benchmarkName: index.benchmarks.get(benchmark)?.name ?? benchmark,
    value: bad.value,
    fixes: POSITIVE_CANDIDATES.filter((n) => n !== scenario.normalization && givesPositive(n)),
  });
}
