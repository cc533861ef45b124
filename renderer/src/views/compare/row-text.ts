import {
  formatNumber,
  formatShare,
  type CompareValue,
  type Comparison,
  type ComparisonRow,
} from '../../../../shared/evaluation/compare';
import type { CompareT } from './i18n';

/** One value of a row as the view and the report show it, in the UI's language ("—" where a scenario has none). */
export function valueText(t: CompareT, row: ComparisonRow, value: CompareValue): string {
  if (value === null) return t('value.none');
  if (typeof value === 'number') return row.kind === 'share' ? formatShare(value) : formatNumber(value);
  if (typeof value === 'boolean')
    return row.kind === 'pass' ? t(value ? 'value.pass' : 'value.fail') : t(value ? 'value.yes' : 'value.no');
  if (value === '') return t('value.empty');
  if (row.kind === 'status') return t(`status.${value}`);
  // A term outside the vocabulary (a model named as the reference value) is shown as it is.
  if (row.kind === 'term') return t(`term.${row.field}.${value}`, { defaultValue: value });
  return value;
}

/** What a row is about: "MMLU-Pro · normalized weight", "VAETKI · status", or the field alone for the whole scenario. */
export function rowLabel(t: CompareT, row: ComparisonRow): string {
  const field = t(`field.${row.field}`);
  return row.subject ? `${row.subject} · ${field}` : field;
}

/**
 * The change line of each outcome row that differs, in the UI's language: "VAETKI: eliminated → advances" for a
 * status, "K-EXAONE: rank 1 → 2" otherwise, with the round named when the comparison has more than one.
 */
export function changeLines(t: CompareT, comparison: Comparison): string[] {
  const rounds = new Set(comparison.outcomes.filter((r) => r.section === 'round-outcome').map((r) => r.context));
  return comparison.outcomes
    .filter((r) => r.differs)
    .map((r) => {
      const values = r.values.map((v) => valueText(t, r, v)).join(' → ');
      const subject = r.subject || (r.context ?? '');
      const line =
        r.field === 'status'
          ? t('change.status', { subject, values })
          : t('change.field', { subject, field: t(`field.${r.field}`), values });
      return rounds.size > 1 && r.context && r.subject ? t('change.inRound', { round: r.context, line }) : line;
    });
}
