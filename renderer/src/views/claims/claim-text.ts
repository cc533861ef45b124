import type { Claim } from '../../../../shared/domain/claims';
import type { Scenario } from '../../../../shared/domain/scenario';
import type { ClaimMissing, ClaimOutcome } from '../../../../shared/evaluation/claims/check';
import type { NamespaceT } from '../../i18n/namespace';

/** Figures as printed: at most two decimals (110.42), whole numbers as they are. */
export const formatFigure = (x: number): string => (Number.isInteger(x) ? String(x) : String(Number(x.toFixed(2))));

/** Display names of the scenario's models and benchmarks (the id where none). */
export function namesOf(scenario: Scenario) {
  const models = new Map(scenario.dataset.models.map((m) => [m.id, m.name]));
  const benchmarks = new Map(scenario.dataset.benchmarks.map((b) => [b.id, b.name]));
  return {
    model: (id: string) => models.get(id) ?? id,
    benchmark: (id: string) => benchmarks.get(id) ?? id,
  };
}
type Names = ReturnType<typeof namesOf>;

/** The check in words: which models, benchmarks and set it reads. */
export function describeCheck(claim: Claim, names: Names, t: NamespaceT, filterText: (c: Claim) => string): string {
  const c = claim.check;
  switch (c.kind) {
    case 'ratio':
      return t('describe.ratio', {
        model: names.model(c.model),
        baseline: names.model(c.baseline),
        benchmarks: c.benchmarks.map(names.benchmark).join(', '),
        aggregate: t(`aggregate.${c.aggregate}`),
      });
    case 'rank':
      return t(c.withValueOnly ? 'describe.rankWithValue' : 'describe.rank', {
        model: names.model(c.model),
        benchmark: names.benchmark(c.benchmark),
        filter: filterText(claim),
      });
    case 'value':
      return t('describe.value', { model: names.model(c.model), benchmark: names.benchmark(c.benchmark) });
    case 'none':
      return t('describe.none');
  }
}

/** The computed figure against the claim's ("110.42% (claimed 110% ± 0.5)"); empty when not checkable. */
export function figureText(outcome: ClaimOutcome, t: NamespaceT): string {
  if (outcome.status === 'not-checkable') return '';
  const args = {
    figure: formatFigure(outcome.figure),
    // The analyst's own numbers, as entered (a tolerance of 0.005 must not print as 0.01).
    expected: String(outcome.expected),
    tolerance: String(outcome.tolerance),
  };
  if (outcome.kind === 'rank') {
    const parts = [t('figure.rank', { ...args, ranked: outcome.set.ranked })];
    if (outcome.set.withoutValue.length)
      parts.push(t('figure.rankWithout', { count: outcome.set.withoutValue.length }));
    if (outcome.set.unknownAttribute.length)
      parts.push(t('figure.unknownAttribute', { count: outcome.set.unknownAttribute.length }));
    return parts.join('; ');
  }
  return t(outcome.kind === 'ratio' ? 'figure.ratio' : 'figure.value', args);
}

/** One missing piece in words, naming the model and benchmark. */
export function missingText(m: ClaimMissing, names: Names, t: NamespaceT): string {
  switch (m.kind) {
    case 'value':
      return t('missing.value', { model: names.model(m.model), benchmark: names.benchmark(m.benchmark) });
    case 'ratio':
      return t('missing.ratio', {
        model: names.model(m.model),
        baseline: names.model(m.baseline),
        benchmark: names.benchmark(m.benchmark),
      });
    case 'not-in-set':
      return t(m.unknown ? 'missing.notInSetUnknown' : 'missing.notInSet', {
        model: names.model(m.model),
        attribute: t(`attribute.${m.attribute}`),
      });
    case 'no-check':
      return t('missing.noCheck', { reason: m.reason });
  }
}

/** What is missing, the first `limit` named and the rest counted. */
export function missingList(outcome: ClaimOutcome, names: Names, t: NamespaceT, limit = 6): string[] {
  if (outcome.status !== 'not-checkable') return [];
  const shown = outcome.missing.slice(0, limit).map((m) => missingText(m, names, t));
  if (outcome.missing.length > limit) shown.push(t('missing.more', { count: outcome.missing.length - limit }));
  return shown;
}
