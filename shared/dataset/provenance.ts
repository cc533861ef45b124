import type { Observation, SourceKind } from '../domain/dataset';

/**
 * Whose figure an observation is:
 * - `own`: the model maker's own figure in its own report (measured by "model maker", source kind maker-report);
 * - `independent`: measured by neither the model's maker nor another maker — read on the measuring organisation's
 *   own page (source kind independent), or a named third party (e.g. "Sogang University (Kim Jong-rak team)",
 *   "Artificial Analysis") whatever the page it was read on (../shared/reference/README.md: an independent
 *   measurement read in the press is `news` with `measured_by` naming the organisation);
 * - `second-hand`: anything else — a comparator in another maker's table ("maker of <id>"), a maker's figure relayed
 *   by the press or a secondary page, the analyst's own entries (kind user), an unknown measurer.
 */
export type Provenance = 'own' | 'independent' | 'second-hand';

const MAKER = 'model maker';
const UNKNOWN = new Set(['', 'unknown']);

export function provenanceOf(observation: Pick<Observation, 'measuredBy'>, kind: SourceKind | undefined): Provenance {
  const by = observation.measuredBy.trim();
  if (kind === 'independent') return 'independent';
  if (by === MAKER) return kind === 'maker-report' ? 'own' : 'second-hand';
  if (by.startsWith('maker of ') || kind === 'user' || UNKNOWN.has(by.toLowerCase())) return 'second-hand';
  return 'independent';
}
