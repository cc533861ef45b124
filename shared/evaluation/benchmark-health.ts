import {
  BenchmarkHealthSettingsSchema,
  HEALTH_FLAGS,
  type BenchmarkHealthSettings,
  type HealthFlag,
} from '../domain/benchmark-health';
import type { Observation } from '../domain/dataset';
import type { Scenario } from '../domain/scenario';
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
 * The widest spread hi − lo of one model's observations in one setting (groups of two or more), the first such
 * group in order of appearance on a tie. Only models observed more than once can have one: they are found first
 * (one count per model), and only their observations are grouped by model and setting.
 */
function widestSpread(obs: readonly Observation[]): BenchmarkHealth['spread'] {
  const perModel = new Map<string, number>();
  for (const o of obs) perModel.set(o.model, (perModel.get(o.model) ?? 0) + 1);
  const groups = new Map<string, Observation[]>();
  for (const o of obs) {
    if (perModel.get(o.model)! < 2) continue;
    const key = `${o.model}\u0000${o.setting}`;
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  }
  let spread: BenchmarkHealth['spread'] = null;
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const values = group.map((o) => o.value);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    if (!spread || hi - lo > spread.hi - spread.lo)
      spread = { model: group[0].model, setting: group[0].setting, lo, hi };
  }
  return spread;
}

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
  const kinds = new Map(scenario.dataset.sources.map((s) => [s.id, s.kind]));
  const references = new Set(scenario.references);
  /** Provenance depends only on the source and who measured: worked out once per pair, not per observation. */
  const verdicts = new Map<string, Map<string, boolean>>();
  const isIndependent = (o: Observation): boolean => {
    let bySource = verdicts.get(o.source);
    if (!bySource) verdicts.set(o.source, (bySource = new Map()));
    let verdict = bySource.get(o.measuredBy);
    if (verdict === undefined)
      bySource.set(o.measuredBy, (verdict = provenanceOf(o, kinds.get(o.source)) === 'independent'));
    return verdict;
  };
  const byBenchmark = new Map<string, Observation[]>();
  const wanted = new Set(benchmarks);
  for (const o of scenario.dataset.observations) {
    if (!wanted.has(o.benchmark)) continue;
    const list = byBenchmark.get(o.benchmark);
    if (list) list.push(o);
    else byBenchmark.set(o.benchmark, [o]);
  }
  return benchmarks.map((id) => {
    const b = scenario.dataset.benchmarks.find((x) => x.id === id);
    const obs = byBenchmark.get(id) ?? [];
    const higher = (b?.direction ?? 'higher') === 'higher';
    let independent = 0;
    for (const o of obs) if (isIndependent(o)) independent++;

    let best: BenchmarkHealth['best'] = null;
    const top = b?.scale ? (higher ? b.scale.max : b.scale.min) : null;
    for (const o of obs)
      if (top !== null && references.has(o.model) && (!best || (higher ? o.value > best.value : o.value < best.value)))
        best = { model: o.model, value: o.value, top };

    const spread = widestSpread(obs);

    const derived: Record<HealthFlag, boolean | null> = {
      'self-reported-only': independent === 0,
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
    return { benchmark: id, name: b?.name ?? id, flags, independent, best, spread };
  });
}
