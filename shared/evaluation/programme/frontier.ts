import type { Direction, Observation } from '../../domain/dataset';
import type { FrontierRules, WeightedBenchmark } from '../../domain/programme';
import type { Scenario } from '../../domain/scenario';
import { indexDataset, type DatasetIndex } from '../../dataset/index';
import { coverageOf, minCoverage, type Coverage } from '../coverage';
import { frontierWindow, type DateWindow } from './dates';
import { pickBySetting } from './observations';
import { frontierRatio, reaches } from './ratio';
import { selectReferences, type ReferenceSet } from './reference-set';
import { overrideMap, scenarioCellValue, type CellValue } from './values';

/** The reference value of one benchmark and the model(s) that set it. */
interface FrontierBar {
  value: number;
  setBy: string[];
  observationIds: string[];
  /** Source ids of the observations the bar is taken from. */
  sources: string[];
}

export type FrontierCell =
  | {
      state: 'ratio';
      value: number;
      ratio: number;
      /** ratio ≥ threshold */
      reaches: boolean;
      bar: FrontierBar;
      observationIds: string[];
      origin: 'observation' | 'override';
    }
  /** No reference model in the window has a value to compare with: a state, not a ratio. */
  | { state: 'no-reference'; value: number | null; detail: string }
  | { state: 'no-value'; bar: FrontierBar | null }
  | { state: 'undefined-ratio'; value: number; bar: FrontierBar; detail: string };

interface FrontierBenchmark {
  benchmark: string;
  name: string;
  direction: Direction;
  weight: number;
  /** The bar for everyone (null in same-report mode, where each candidate's report has its own bar). */
  bar: FrontierBar | null;
}

interface FrontierCandidate {
  model: string;
  name: string;
  cells: Record<string, FrontierCell>;
  /** Mean ratio, weighted mean ratio or share of benchmarks at the threshold; null with no ratio at all. */
  aggregate: number | null;
  /** Benchmarks with a ratio / at or above the threshold. */
  compared: number;
  atThreshold: number;
  /**
   * null when nothing could be compared, or when the candidate has insufficient data: a ratio on fewer than the
   * coverage rule's share of the benchmarks that have a bar (its aggregate is shown, not held against the threshold).
   */
  pass: boolean | null;
  /** Benchmarks with a ratio of the benchmarks with a reference bar (shared/evaluation/coverage.ts). */
  coverage: Coverage;
}

export interface FrontierResult {
  rules: FrontierRules;
  window: DateWindow;
  references: ReferenceSet;
  benchmarks: FrontierBenchmark[];
  candidates: FrontierCandidate[];
}

interface RefValue {
  model: string;
  value: number;
  observationIds: string[];
  sources: string[];
}

/**
 * The 95%-of-frontier test (programme.md, "95% target"): reference models released in
 * [D − W months, D]; per benchmark the bar is the best reference value (or the median, or a named
 * model); each candidate's ratio is score / bar (bar / score when lower is better); the aggregate
 * per candidate passes at the threshold. Standard mode takes every value through the scenario's
 * observation policy and what-if overrides; same-report mode compares a candidate's own-report value
 * with the reference values printed in that same source only (overrides do not apply there).
 */
export function frontierAnalysis(
  scenario: Scenario,
  rules: FrontierRules,
  candidates: readonly string[],
): FrontierResult {
  const index = indexDataset(scenario.dataset);
  const window = frontierWindow(rules.evaluationDate, rules.windowMonths);
  const references = selectReferences(scenario.references, index.models, rules, window);
  const refIds = references.included.map((r) => r.model);
  const overrides = overrideMap(scenario);
  const list: WeightedBenchmark[] =
    rules.benchmarks ?? scenario.criteria.map((c) => ({ benchmark: c.benchmark, weight: c.weight }));
  const standardValue = (model: string, benchmark: string) =>
    scenarioCellValue(scenario, index, overrides, model, benchmark);

  const benchmarks: FrontierBenchmark[] = list.map(({ benchmark, weight }) => {
    const b = index.benchmarks.get(benchmark);
    const direction = b?.direction ?? 'higher';
    const bar = rules.sameReport
      ? null
      : barOf(
          refIds.flatMap((model) => {
            const v = standardValue(model, benchmark);
            return v ? [{ model, ...v }] : [];
          }),
          rules,
          direction,
        );
    return { benchmark, name: b?.name ?? benchmark, direction, weight, bar };
  });

  const rows = candidates.map((model): FrontierCandidate => {
    const cells: Record<string, FrontierCell> = {};
    for (const fb of benchmarks) {
      cells[fb.benchmark] = rules.sameReport
        ? sameReportCell(index, scenario, rules, refIds, model, fb)
        : standardCell(standardValue(model, fb.benchmark), fb, rules, refIds);
    }
    const aggregate = aggregateOf(cells, benchmarks, rules);
    const comparable = benchmarks.filter((fb) => cells[fb.benchmark].state !== 'no-reference').length;
    const coverage = coverageOf(aggregate.compared, comparable, minCoverage(scenario));
    return {
      model,
      name: index.models.get(model)?.name ?? model,
      cells,
      ...aggregate,
      pass: coverage.insufficient ? null : aggregate.pass,
      coverage,
    };
  });
  return { rules, window, references, benchmarks, candidates: rows };
}

function standardCell(
  own: CellValue | null,
  fb: FrontierBenchmark,
  rules: FrontierRules,
  refIds: readonly string[],
): FrontierCell {
  if (!fb.bar)
    return {
      state: 'no-reference',
      value: own?.value ?? null,
      detail: noReferenceDetail(rules, refIds, 'in the window has a value for this benchmark'),
    };
  if (!own) return { state: 'no-value', bar: fb.bar };
  return ratioCell(own.value, fb.bar, fb.direction, rules.threshold, own.observationIds, own.origin);
}

function sameReportCell(
  index: DatasetIndex,
  scenario: Scenario,
  rules: FrontierRules,
  refIds: readonly string[],
  model: string,
  fb: FrontierBenchmark,
): FrontierCell {
  const prefs = scenario.observationPolicy.settingPreference;
  const cell = (m: string) => index.observationsAt(m, fb.benchmark);
  const own = pickBySetting(
    cell(model).filter((o) => o.measuredBy === 'model maker'),
    prefs,
  );
  if (!own) return { state: 'no-value', bar: null };
  const refs = refIds.flatMap((m) => {
    const o: Observation | undefined = pickBySetting(
      cell(m).filter((x) => x.source === own.source),
      prefs,
    );
    return o ? [{ model: m, value: o.value, observationIds: [o.id], sources: [o.source] }] : [];
  });
  const bar = barOf(refs, rules, fb.direction);
  if (!bar)
    return {
      state: 'no-reference',
      value: own.value,
      detail: noReferenceDetail(rules, refIds, `in the window is in the same report (${own.source})`),
    };
  return ratioCell(own.value, bar, fb.direction, rules.threshold, [own.id], 'observation');
}

function noReferenceDetail(rules: FrontierRules, refIds: readonly string[], where: string): string {
  if (rules.referenceValue.kind === 'model' && !refIds.includes(rules.referenceValue.model))
    return `${rules.referenceValue.model} is not in the reference set for the window`;
  return refIds.length ? `no reference model ${where}` : 'no reference model in the window';
}

function ratioCell(
  value: number,
  bar: FrontierBar,
  direction: Direction,
  threshold: number,
  observationIds: string[],
  origin: 'observation' | 'override',
): FrontierCell {
  const ratio = frontierRatio(value, bar.value, direction);
  if (ratio === null)
    return { state: 'undefined-ratio', value, bar, detail: `no ratio between ${value} and a bar of ${bar.value}` };
  return { state: 'ratio', value, ratio, reaches: reaches(ratio, threshold), bar, observationIds, origin };
}

/** Best (direction-aware), median (mean of the middle two for an even count) or a named model's value. */
function barOf(values: RefValue[], rules: FrontierRules, direction: Direction): FrontierBar | null {
  const make = (picked: RefValue[], value: number): FrontierBar => ({
    value,
    setBy: picked.map((p) => p.model),
    observationIds: picked.flatMap((p) => p.observationIds),
    sources: [...new Set(picked.flatMap((p) => p.sources))],
  });
  if (values.length === 0) return null;
  const rv = rules.referenceValue;
  if (rv.kind === 'model') {
    const named = values.find((v) => v.model === rv.model);
    return named ? make([named], named.value) : null;
  }
  if (rv.kind === 'best') {
    const best =
      direction === 'higher' ? Math.max(...values.map((v) => v.value)) : Math.min(...values.map((v) => v.value));
    return make(
      values.filter((v) => v.value === best),
      best,
    );
  }
  const sorted = [...values].sort((a, b) => a.value - b.value);
  const mid = Math.floor(sorted.length / 2);
  const middle = sorted.length % 2 ? [sorted[mid]] : [sorted[mid - 1], sorted[mid]];
  return make(middle, middle.reduce((a, v) => a + v.value, 0) / middle.length);
}

/**
 * mean: Σ r / n; weighted-mean: Σ w·r / Σ w; share-at-threshold: #(r ≥ threshold) / n — over the
 * benchmarks with a ratio. Pass: aggregate ≥ threshold, or share ≥ passShare.
 */
function aggregateOf(
  cells: Record<string, FrontierCell>,
  benchmarks: readonly FrontierBenchmark[],
  rules: FrontierRules,
): Pick<FrontierCandidate, 'aggregate' | 'compared' | 'atThreshold' | 'pass'> {
  let n = 0;
  let at = 0;
  let sum = 0;
  let wsum = 0;
  let wr = 0;
  for (const fb of benchmarks) {
    const c = cells[fb.benchmark];
    if (c.state !== 'ratio') continue;
    n += 1;
    if (c.reaches) at += 1;
    sum += c.ratio;
    wsum += fb.weight;
    wr += fb.weight * c.ratio;
  }
  const aggregate =
    n === 0
      ? null
      : rules.aggregate === 'mean'
        ? sum / n
        : rules.aggregate === 'weighted-mean'
          ? wsum > 0
            ? wr / wsum
            : null
          : at / n;
  const pass =
    aggregate === null
      ? null
      : rules.aggregate === 'share-at-threshold'
        ? aggregate >= rules.passShare - 1e-12
        : reaches(aggregate, rules.threshold);
  return { aggregate, compared: n, atThreshold: at, pass };
}
