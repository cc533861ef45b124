import type { CompareValue, ComparisonRow, RoundStatus, ValueKind } from './types';

/** A number as the comparison prints it: at most 6 significant digits, no trailing zeros (13.299999999999997 → 13.3). */
export const formatNumber = (x: number): string => String(Number(x.toPrecision(6)));

/** A share 0–1 as a percentage with one decimal (0.5055 → 50.6%). */
export const formatShare = (x: number): string => `${(x * 100).toFixed(1)}%`;

const STATUS_EN: Record<RoundStatus, string> = {
  advances: 'advances',
  'eliminated-gate': 'eliminated (gate)',
  'eliminated-score': 'eliminated',
  absent: 'not in the round',
};

/** One value in English, for the CLI's change lines ("—" where a scenario has none). */
export function formatValueEn(kind: ValueKind, value: CompareValue): string {
  if (value === null) return '—';
  if (typeof value === 'number') return kind === 'share' ? formatShare(value) : formatNumber(value);
  if (typeof value === 'boolean') return kind === 'pass' ? (value ? 'PASS' : 'FAIL') : value ? 'yes' : 'no';
  if (kind === 'status') return STATUS_EN[value as RoundStatus] ?? value;
  return value;
}

/** English names of the outcome fields, for the change lines (the view has its own in both languages). */
const OUTCOME_FIELDS_EN: Record<string, string> = {
  rank: 'rank',
  composite: 'composite',
  frontierAggregate: 'frontier aggregate',
  pass: 'frontier test',
  total: 'total',
  margin: 'margin to the cut',
  pEliminated: 'P(eliminated)',
  cutLine: 'cut line',
  eliminatedTeams: 'eliminated',
};

/**
 * The change line of an outcome row that differs: "VAETKI: eliminated → advances" for a team's status,
 * "K-EXAONE: rank 1 → 2" otherwise, prefixed by the round when the programme has more than one.
 */
export function changeLine(row: ComparisonRow, withContext: boolean): string {
  const values = row.values.map((v) => formatValueEn(row.kind, v)).join(' → ');
  const what = row.field === 'status' ? '' : `${OUTCOME_FIELDS_EN[row.field] ?? row.field} `;
  const subject = row.subject || (row.context ?? '');
  const prefix = withContext && row.context && row.subject ? `${row.context}: ` : '';
  return `${prefix}${subject}: ${what}${values}`;
}
