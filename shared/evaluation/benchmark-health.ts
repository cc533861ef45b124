import {
  BenchmarkHealthSettingsSchema,
  HEALTH_FLAGS,
  type BenchmarkHealthSettings,
  type HealthFlag,
} from '../domain/benchmark-health';
import { SourceKindSchema } from '../domain/dataset';
import type { Benchmark } from '../domain/dataset';
import type { Scenario } from '../domain/scenario';
import type { IdColumn, ObservationColumns } from '../dataset/columnar';
import { observationColumns } from '../dataset/columnar-dataset';
import { provenanceOf } from '../dataset/provenance';

/** One flag: what the data say (null: cannot be told, e.g. no scale), the analyst's override, and the value in force. */
export interface HealthFlagState {
  derived: boolean | null;
  override: { value: boolean; note: string } | null;
  /** The override when there is one, else the derived value (null: unknown). */
  value: boolean | null;
}

export interface BenchmarkHealth {
  benchmark: string;
  name: string;
  flags: Record<HealthFlag, HealthFlagState>;
  /** Observations of the benchmark measured independently (neither the model's maker nor another maker). */
  independent: number;
  /** The best reference value, who has it, and the scale's top it is measured against (null without either). */
  best: { model: string; value: number; top: number } | null;
  /** The widest spread of one model's observations in one setting (null with no model observed twice). */
  spread: { model: string; setting: string; lo: number; hi: number } | null;
}

/** The scenario's health settings with their defaults (saturation margin 5, spread threshold 5, no overrides). */
export const healthSettings = (scenario: Pick<Scenario, 'benchmarkHealth'>): BenchmarkHealthSettings =>
  scenario.benchmarkHealth ?? BenchmarkHealthSettingsSchema.parse({});

/**
 * The widest spread hi − lo of one model's observations in one setting (groups of two or more) among `rows` (one
 * benchmark's, in dataset order), the first such group in order of appearance on a tie. Only models observed
 * more than once can have one: they are counted first (`seen` and `count`, per model dictionary entry, marked with
 * `tag` so they need no clearing between benchmarks), and only their rows are grouped, by model × setting index.
 */
function widestSpread(
  c: ObservationColumns<IdColumn>,
  rows: Int32Array,
  marks: { seen: Int32Array; count: Int32Array; tag: number },
): BenchmarkHealth['spread'] {
  const { seen, count, tag } = marks;
  const model = c.model.indices;
  const setting = c.setting.indices;
  let repeated = false;
  for (let r = 0; r < rows.length; r++) {
    const m = model[rows[r]];
    if (seen[m] !== tag) {
      seen[m] = tag;
      count[m] = 1;
    } else repeated = ++count[m] === 2 || repeated;
  }
  if (!repeated) return null;
  const settings = c.setting.dictionary.length;
  const slots = new Map<number, number>();
  const groups: { m: number; s: number; lo: number; hi: number; size: number }[] = [];
  for (let r = 0; r < rows.length; r++) {
    const k = rows[r];
    const m = model[k];
    if (count[m] < 2) continue;
    const key = m * settings + setting[k];
    const v = c.value[k];
    const slot = slots.get(key);
    if (slot === undefined) {
      slots.set(key, groups.length);
      groups.push({ m, s: setting[k], lo: v, hi: v, size: 1 });
    } else {
      const g = groups[slot];
      g.lo = Math.min(g.lo, v);
      g.hi = Math.max(g.hi, v);
      g.size++;
    }
  }
  let widest: (typeof groups)[number] | null = null;
  for (const g of groups) if (g.size >= 2 && (!widest || g.hi - g.lo > widest.hi - widest.lo)) widest = g;
  return widest
    ? { model: c.model.dictionary[widest.m], setting: c.setting.dictionary[widest.s], lo: widest.lo, hi: widest.hi }
    : null;
}

/** The rows of each benchmark dictionary entry in `wanted` (a counting sort: dataset order within a benchmark). */
function rowsByBenchmark(c: ObservationColumns<IdColumn>, wanted: Uint8Array): (i: number) => Int32Array {
  const indices = c.benchmark.indices;
  const start = new Int32Array(wanted.length + 1);
  for (let k = 0; k < indices.length; k++) if (wanted[indices[k]]) start[indices[k] + 1]++;
  for (let b = 0; b < wanted.length; b++) start[b + 1] += start[b];
  const rows = new Int32Array(start[wanted.length]);
  const next = start.slice(0, wanted.length);
  for (let k = 0; k < indices.length; k++) if (wanted[indices[k]]) rows[next[indices[k]]++] = k;
  return (b) => rows.subarray(start[b], start[b + 1]);
}

/** Above this many benchmark × model pairs the one pass does not mark repeated pairs (every benchmark is grouped). */
const PAIR_LIMIT = 1 << 24;

const KINDS = SourceKindSchema.options;

/**
 * Benchmark health, per benchmark (default: the scenario's criteria), from the scenario's dataset:
 * - self-reported only: no observation of it is independent (shared/dataset/provenance.ts);
 * - saturated: the best value of a reference model lies within `saturationMargin` (in the benchmark's unit) of the
 *   scale's top — max, or min when lower is better — so the benchmark no longer separates the frontier; unknown
 *   without a scale or a reference value;
 * - harness spread: two observations of one model in one setting differ by more than `spreadThreshold`, i.e. the
 *   harness or the prompt moves the figure more than the models differ.
 * The analyst's override of a flag replaces the derived value (both are kept, with the override's note).
 */
export function benchmarkHealth(
  scenario: Pick<Scenario, 'dataset' | 'references' | 'criteria' | 'benchmarkHealth'>,
  benchmarks: readonly string[] = scenario.criteria.map((c) => c.benchmark),
): BenchmarkHealth[] {
  const settings = healthSettings(scenario);
  const { dataset } = scenario;
  const c = observationColumns(dataset);
  const kinds = new Map(dataset.sources.map((s) => [s.id, s.kind]));
  const references = new Set(scenario.references);
  const isReference = Uint8Array.from(c.model.dictionary, (m) => Number(references.has(m)));
  /**
   * Provenance depends only on who measured and the source's kind (KINDS, or none for an unknown source): worked out
   * once per pair, not per observation (-1: not yet).
   */
  const kindOf = Int32Array.from(c.source.dictionary, (id) => {
    const kind = kinds.get(id);
    return kind === undefined ? KINDS.length : KINDS.indexOf(kind);
  });
  const measurers = c.measuredBy.dictionary;
  const verdicts = new Int8Array((KINDS.length + 1) * measurers.length).fill(-1);
  const sourceOf = c.source.indices;
  const measuredBy = c.measuredBy.indices;
  /** 1 when observation k is independent, else 0 (its pair's verdict). */
  const verdictOf = (k: number): number =>
    Number(provenanceOf({ measuredBy: measurers[measuredBy[k]] }, KINDS[kindOf[sourceOf[k]]]) === 'independent');
  const entry = new Map(c.benchmark.dictionary.map((b, i) => [b, i]));
  const byId = new Map<string, Benchmark>();
  for (const b of dataset.benchmarks) if (!byId.has(b.id)) byId.set(b.id, b);
  // One slot per asked benchmark of the dictionary (one asked twice shares it); -1: not asked.
  const slotOf = new Int32Array(c.benchmark.dictionary.length).fill(-1);
  const slotEntries: number[] = [];
  for (const id of benchmarks) {
    const i = entry.get(id);
    if (i !== undefined && slotOf[i] < 0) slotOf[i] = slotEntries.push(i) - 1;
  }
  const slots = slotEntries.length;
  const higher = Uint8Array.from(slotEntries, (i) =>
    Number((byId.get(c.benchmark.dictionary[i])?.direction ?? 'higher') === 'higher'),
  );
  const scaled = Uint8Array.from(slotEntries, (i) => Number(!!byId.get(c.benchmark.dictionary[i])?.scale));
  const modelEntries = c.model.dictionary.length;
  const model = c.model.indices;
  const value = c.value;
  const benchmarkOf = c.benchmark.indices;
  // One pass over the observations in dataset order, per slot: the independent count, the best reference row (the
  // first among equals: a later row replaces it only when strictly better) and whether a model is seen twice.
  const independent = new Int32Array(slots);
  const bestRow = new Int32Array(slots).fill(-1);
  const pairs = slots * modelEntries <= PAIR_LIMIT ? new Uint8Array(slots * modelEntries) : null;
  const repeated = new Uint8Array(slots).fill(pairs ? 0 : 1);
  for (let k = 0; k < benchmarkOf.length; k++) {
    const s = slotOf[benchmarkOf[k]];
    if (s < 0) continue;
    const at = kindOf[sourceOf[k]] * measurers.length + measuredBy[k];
    if (verdicts[at] < 0) verdicts[at] = verdictOf(k);
    independent[s] += verdicts[at];
    const m = model[k];
    if (isReference[m] && scaled[s]) {
      const best = bestRow[s];
      if (best < 0 || (higher[s] ? value[k] > value[best] : value[k] < value[best])) bestRow[s] = k;
    }
    if (pairs) {
      const p = s * modelEntries + m;
      if (pairs[p]) repeated[s] = 1;
      else pairs[p] = 1;
    }
  }
  // Only benchmarks with a model observed twice can have a spread: their rows are grouped, once, when first needed.
  let rowsOf: ((i: number) => Int32Array) | null = null;
  const marks = { seen: new Int32Array(modelEntries).fill(-1), count: new Int32Array(modelEntries), tag: 0 };
  return benchmarks.map((id, at) => {
    const b = byId.get(id);
    const i = entry.get(id);
    const s = i === undefined ? -1 : slotOf[i];
    const top = b?.scale ? ((b.direction ?? 'higher') === 'higher' ? b.scale.max : b.scale.min) : null;
    const row = s < 0 ? -1 : bestRow[s];
    const best = top !== null && row >= 0 ? { model: c.model.dictionary[model[row]], value: value[row], top } : null;
    let spread: BenchmarkHealth['spread'] = null;
    if (s >= 0 && repeated[s]) {
      rowsOf ??= rowsByBenchmark(
        c,
        Uint8Array.from(c.benchmark.dictionary, (_, e) => Number(slotOf[e] >= 0 && repeated[slotOf[e]] === 1)),
      );
      marks.tag = at;
      spread = widestSpread(c, rowsOf(i!), marks);
    }
    const count = s < 0 ? 0 : independent[s];

    const derived: Record<HealthFlag, boolean | null> = {
      'self-reported-only': count === 0,
      saturated: best ? Math.abs(best.top - best.value) <= settings.saturationMargin + 1e-9 : null,
      'harness-spread': spread ? spread.hi - spread.lo > settings.spreadThreshold + 1e-9 : false,
    };
    const flags = Object.fromEntries(
      HEALTH_FLAGS.map((flag) => {
        const o = settings.overrides.find((x) => x.benchmark === id && x.flag === flag);
        const override = o ? { value: o.value, note: o.note } : null;
        return [flag, { derived: derived[flag], override, value: override ? override.value : derived[flag] }];
      }),
    ) as Record<HealthFlag, HealthFlagState>;
    return { benchmark: id, name: b?.name ?? id, flags, independent: count, best, spread };
  });
}
