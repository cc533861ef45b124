import { cellKey, type Scenario } from '../../domain/scenario';
import type { DatasetIndex } from '../../dataset/index';
import { resolveCell } from '../../dataset/resolve';

export interface CellValue {
  value: number;
  observationIds: string[];
  sources: string[];
  origin: 'observation' | 'override';
}

/**
 * The value of a model × benchmark cell as the scenario sees it: the observation policy chooses the
 * observation (shared/dataset/resolve.ts), then a what-if override, if any, replaces it.
 */
export function scenarioCellValue(
  scenario: Scenario,
  index: DatasetIndex,
  overrides: ReadonlyMap<string, number>,
  model: string,
  benchmark: string,
): CellValue | null {
  const override = overrides.get(cellKey(model, benchmark));
  if (override !== undefined) return { value: override, observationIds: [], sources: [], origin: 'override' };
  const resolved = resolveCell(index, scenario.observationPolicy, model, benchmark, scenario.alternatives);
  if (resolved.value === null) return null;
  const sources = resolved.candidates.filter((o) => resolved.observationIds.includes(o.id)).map((o) => o.source);
  return { value: resolved.value, observationIds: resolved.observationIds, sources, origin: 'observation' };
}

export const overrideMap = (scenario: Scenario): Map<string, number> =>
  new Map(scenario.overrides.map((o) => [cellKey(o.model, o.benchmark), o.value]));
