import { HEALTH_FLAGS, type HealthFlag } from '../../../../shared/domain/benchmark-health';
import type { BenchmarkHealth } from '../../../../shared/evaluation/benchmark-health';
import type { HeaderHealth } from '../data/grid-columns';
import type { QualityT } from './i18n';

/** The raised flags per benchmark, for the grid's header marks and tooltips. */
export function healthMarks(health: readonly BenchmarkHealth[], q: QualityT): HeaderHealth {
  return {
    flags: new Map(health.map((h) => [h.benchmark, HEALTH_FLAGS.filter((f) => h.flags[f].value === true)])),
    describe: (flags: readonly HealthFlag[]) =>
      q('health.tooltip', { flags: flags.map((f) => q(`health.flag.${f}`)).join(', ') }),
  };
}
