import {
  CLAIM_CHECK_KINDS,
  type Claim,
  type ClaimCheckKind,
  type RatioAggregate,
} from '../../../../shared/domain/claims';
import { EMPTY_MODEL_FILTER, type ModelFilter } from '../../../../shared/domain/model-filter';
import type { Scenario } from '../../../../shared/domain/scenario';
import type { NamespaceT } from '../../i18n/namespace';

/** The claim form's fields as typed (numbers as text until saved). */
export interface ClaimDraft {
  text: string;
  by: string;
  date: string;
  source: string;
  note: string;
  kind: ClaimCheckKind;
  model: string;
  baseline: string;
  benchmarks: string[];
  benchmark: string;
  aggregate: RatioAggregate;
  expected: string;
  tolerance: string;
  among: ModelFilter;
  withValueOnly: boolean;
  missing: string;
}

export { CLAIM_CHECK_KINDS };

/** The form's starting fields: the claim's, or for a new one the first candidate against the next model. */
export function draftOf(claim: Claim | null, scenario: Scenario): ClaimDraft {
  const first = scenario.alternatives[0];
  const other = scenario.dataset.models.find((m) => m.id !== first)?.id ?? first;
  const bench = scenario.criteria[0]?.benchmark ?? scenario.dataset.benchmarks[0]?.id ?? '';
  const base: ClaimDraft = {
    text: claim?.text ?? '',
    by: claim?.by ?? '',
    date: claim?.date ?? '',
    source: claim?.source ?? '',
    note: claim?.note ?? '',
    kind: claim?.check.kind ?? 'ratio',
    model: first,
    baseline: other,
    benchmarks: [bench],
    benchmark: bench,
    aggregate: 'mean-of-ratios',
    expected: '',
    tolerance: '0.5',
    among: EMPTY_MODEL_FILTER,
    withValueOnly: false,
    missing: '',
  };
  const c = claim?.check;
  if (!c) return base;
  switch (c.kind) {
    case 'ratio':
      return {
        ...base,
        model: c.model,
        baseline: c.baseline,
        benchmarks: c.benchmarks,
        benchmark: c.benchmarks[0],
        aggregate: c.aggregate,
        expected: String(c.expected),
        tolerance: String(c.tolerance),
      };
    case 'rank':
      return {
        ...base,
        model: c.model,
        benchmark: c.benchmark,
        benchmarks: [c.benchmark],
        among: c.among,
        expected: String(c.expected),
        withValueOnly: c.withValueOnly,
      };
    case 'value':
      return {
        ...base,
        model: c.model,
        benchmark: c.benchmark,
        benchmarks: [c.benchmark],
        expected: String(c.expected),
        tolerance: String(c.tolerance),
      };
    case 'none':
      return { ...base, missing: c.missing };
  }
}

/**
 * The claim the draft describes, or the problems that keep it from being saved, each naming its field. Numbers are
 * read as typed with a decimal point (the claim's own figures, e.g. 104 or 72.03).
 */
export function claimOfDraft(d: ClaimDraft, id: string, t: NamespaceT): { claim: Claim } | { problems: string[] } {
  const problems: string[] = [];
  const field = (key: string) => t(`form.${key}`);
  const number = (text: string, key: string, rule: 'any' | 'positive' | 'nonNegative' | 'rank'): number => {
    const n = Number(text.trim());
    if (text.trim() === '') problems.push(t('form.required', { field: field(key) }));
    else if (!Number.isFinite(n)) problems.push(t('form.notNumber', { field: field(key), text }));
    else if (rule === 'positive' && n <= 0) problems.push(t('form.positive', { field: field(key) }));
    else if (rule === 'nonNegative' && n < 0) problems.push(t('form.nonNegative', { field: field(key) }));
    else if (rule === 'rank' && !(Number.isInteger(n) && n >= 1))
      problems.push(t('form.wholeRank', { field: field(key) }));
    return n;
  };
  if (!d.text.trim()) problems.push(t('form.required', { field: field('text') }));
  if (d.date && !/^\d{4}-\d{2}-\d{2}$/.test(d.date)) problems.push(t('form.badDate', { field: field('date') }));
  let check: Claim['check'];
  switch (d.kind) {
    case 'ratio': {
      if (!d.benchmarks.length) problems.push(t('form.required', { field: field('benchmarks') }));
      if (d.baseline === d.model) problems.push(t('form.sameModel', { field: field('baseline') }));
      const expected = number(d.expected, 'expectedRatio', 'positive');
      const tolerance = number(d.tolerance, 'toleranceRatio', 'nonNegative');
      check = {
        kind: 'ratio',
        model: d.model,
        baseline: d.baseline,
        benchmarks: d.benchmarks,
        aggregate: d.aggregate,
        expected,
        tolerance,
      };
      break;
    }
    case 'rank':
      check = {
        kind: 'rank',
        model: d.model,
        benchmark: d.benchmark,
        among: d.among,
        expected: number(d.expected, 'expectedRank', 'rank'),
        withValueOnly: d.withValueOnly,
      };
      break;
    case 'value': {
      const expected = number(d.expected, 'expectedValue', 'any');
      const tolerance = number(d.tolerance, 'toleranceValue', 'nonNegative');
      check = { kind: 'value', model: d.model, benchmark: d.benchmark, expected, tolerance };
      break;
    }
    case 'none':
      if (!d.missing.trim()) problems.push(t('form.required', { field: field('missing') }));
      check = { kind: 'none', missing: d.missing.trim() };
      break;
  }
  if (problems.length) return { problems };
  return {
    claim: {
      id,
      text: d.text.trim(),
      by: d.by.trim(),
      date: d.date || null,
      source: d.source.trim(),
      note: d.note.trim(),
      check,
    },
  };
}
