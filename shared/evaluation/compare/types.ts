import type { Scenario } from '../../domain/scenario';
import type { Unrankable } from '../evaluate';

/** One scenario of a comparison: the name it is shown under (the open document's) and the scenario with its dataset. */
export interface ComparedScenario {
  name: string;
  scenario: Scenario;
}

/** The fewest and most scenarios a comparison takes (issue 11: two to four open documents side by side). */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/**
 * How a row's values read: number (a figure), share (a probability 0–1, shown as a percentage), flag (yes/no),
 * pass (PASS/FAIL), status (a team's outcome in a round), term (a fixed word of the rules: a method, a policy, a
 * tie rule…; an unknown term is shown as it is), text (names and figures from the data, shown as they are).
 */
export type ValueKind = 'number' | 'share' | 'flag' | 'pass' | 'status' | 'term' | 'text';

/** A team's outcome in a round: it advances, is eliminated by a gate or on score, or does not take part. */
export type RoundStatus = 'advances' | 'eliminated-gate' | 'eliminated-score' | 'absent';

/** One cell of a row: null where the scenario has no such thing (a benchmark it does not weigh, a round it lacks). */
export type CompareValue = number | string | boolean | null;

/** Sections of the inputs table, then of the outcomes table, in display order. */
export const INPUT_SECTIONS = [
  'scenario',
  'criteria',
  'groups',
  'method',
  'observations',
  'overrides',
  'uncertainty',
  'frontier',
  'gates',
  'schemes',
  'rounds',
] as const;
export const OUTCOME_SECTIONS = ['ranking', 'frontier-outcome', 'round-outcome'] as const;
export type Section = (typeof INPUT_SECTIONS)[number] | (typeof OUTCOME_SECTIONS)[number];

export interface ComparisonRow {
  section: Section;
  /** Stable and unique within the comparison, from ids: "criteria.mmlu-pro.rawWeight", "round-outcome.round-1.vaetki-112b-a10b.status". */
  key: string;
  /** What the row is about, as the data names it: a benchmark, a model, a gate, a round ("" for the scenario as a whole). */
  subject: string;
  /** Where the subject sits, when it needs saying: the round of a team's outcome, the round of an entry. */
  context: string | null;
  /** Which value of the subject: "rawWeight", "weight", "status", "margin" … (a fixed vocabulary, see FIELD_LABELS). */
  field: string;
  kind: ValueKind;
  /** One per compared scenario, in order. */
  values: CompareValue[];
  /** True when the values are not all the same (numbers within 1e-9 of each other, relative, count as the same). */
  differs: boolean;
}

/** What could not be computed for one scenario (it is compared on what it has). */
export interface ScenarioProblem {
  scenario: number;
  /** ranking: the scenario cannot be ranked as it stands (all weights 0, WPM over values ≤ 0); programme: its rules fail. */
  part: 'ranking' | 'programme';
  message: string;
  /** Why the scenario cannot be ranked, for the views to say in their language. */
  unrankable?: Unrankable;
}

export interface Comparison {
  scenarios: { name: string; scenarioName: string }[];
  inputs: ComparisonRow[];
  outcomes: ComparisonRow[];
  /** One English sentence per outcome row that changes: "VAETKI: eliminated → advances". */
  changes: string[];
  problems: ScenarioProblem[];
}
