import type { HealthFlag } from '../../../shared/domain/benchmark-health';
import type { Scenario } from '../../../shared/domain/scenario';
import { healthSettings } from '../../../shared/evaluation/benchmark-health';

/** The coverage rule's minimum share of criteria with a value (0 … 1). */
export const withCoverageRule = (s: Scenario, minShare: number): Scenario => ({ ...s, coverage: { minShare } });

/** The benchmark-health thresholds, in each benchmark's unit (the ones not given are kept). */
export const withHealthThresholds = (
  s: Scenario,
  change: { saturationMargin?: number; spreadThreshold?: number },
): Scenario => ({ ...s, benchmarkHealth: { ...healthSettings(s), ...change } });

/** The analyst's ruling on one flag of one benchmark with a note, or (null) back to the derived value. */
export function withHealthOverride(
  s: Scenario,
  benchmark: string,
  flag: HealthFlag,
  ruling: { value: boolean; note: string } | null,
): Scenario {
  const settings = healthSettings(s);
  const others = settings.overrides.filter((o) => !(o.benchmark === benchmark && o.flag === flag));
  return {
    ...s,
    benchmarkHealth: { ...settings, overrides: ruling ? [...others, { benchmark, flag, ...ruling }] : others },
  };
}
