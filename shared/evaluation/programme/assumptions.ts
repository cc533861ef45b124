import type { Programme } from '../../domain/programme';

/** One assumed range of a round: an undisclosed or future score entered as [lo, hi] with its label. */
export interface AssumedRange {
  round: string;
  roundLabel: string;
  model: string;
  name: string;
  component: string;
  componentLabel: string;
  lo: number;
  hi: number;
  /** What the range assumes (the entry's note); empty when the analyst gave none. */
  label: string;
  source: string | null;
}

/**
 * Every range entry of the programme's rounds, in round and entry order: the assumptions the round outcomes and
 * the Monte Carlo probabilities rest on (exact published points are facts, not assumptions).
 */
export function assumedRanges(programme: Programme, names: ReadonlyMap<string, string>): AssumedRange[] {
  return programme.rounds.flatMap((round) => {
    const scheme = programme.schemes.find((s) => s.id === round.scheme);
    return round.entries.flatMap((e): AssumedRange[] =>
      e.kind === 'range'
        ? [
            {
              round: round.id,
              roundLabel: round.label,
              model: e.model,
              name: names.get(e.model) ?? e.model,
              component: e.component,
              componentLabel: scheme?.components.find((c) => c.id === e.component)?.label ?? e.component,
              lo: e.lo,
              hi: e.hi,
              label: e.note,
              source: e.source,
            },
          ]
        : [],
    );
  });
}
