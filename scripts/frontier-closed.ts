/**
 * "Frontier including closed models": the candidates against the closed and open reference models on the benchmarks
 * where at least one candidate and at least one closed reference model (openWeights false) have a published value,
 * with each model's coverage of those criteria stated in the notes.
 */
import type { Dataset } from '../shared/domain/dataset';
import type { FrontierRules } from '../shared/domain/programme';
import type { Scenario } from '../shared/domain/scenario';

/** Benchmarks (in dataset order) with an observation of one of `a` and of one of `b`. */
function sharedBenchmarks(dataset: Dataset, a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const inA = new Set(dataset.observations.filter((o) => a.has(o.model)).map((o) => o.benchmark));
  const inB = new Set(dataset.observations.filter((o) => b.has(o.model)).map((o) => o.benchmark));
  return dataset.benchmarks.filter((x) => inA.has(x.id) && inB.has(x.id)).map((x) => x.id);
}

export const closedFrontierRules: FrontierRules = {
  evaluationDate: '2026-01-15',
  // 24 months, so that GPT-4o (2024-05-13), the one closed model with values on the Korean sets, is a reference.
  windowMonths: 24,
  excludeCountries: [],
  openWeightsOnly: false,
  excludeModels: [],
  referenceValue: { kind: 'best' },
  benchmarks: null,
  aggregate: 'mean',
  threshold: 0.95,
  passShare: 1,
  sameReport: false,
};

export function frontierClosedScenario(base: Scenario): Partial<Scenario> & { notes: string } {
  const models = new Map(base.dataset.models.map((m) => [m.id, m]));
  const closed = base.references.filter((id) => models.get(id)?.openWeights === false);
  const criteria = sharedBenchmarks(base.dataset, new Set(base.alternatives), new Set(closed));
  const has = (model: string, benchmark: string) =>
    base.dataset.observations.some((o) => o.model === model && o.benchmark === benchmark);
  const coverage = [...base.alternatives, ...base.references]
    .map((id) => {
      const n = criteria.filter((b) => has(id, b)).length;
      return n ? `${models.get(id)?.name ?? id} ${n}/${criteria.length}` : null;
    })
    .filter((x) => x !== null);
  const names = (ids: string[]) => ids.map((id) => base.dataset.benchmarks.find((b) => b.id === id)?.name ?? id);
  const notes = `Frontier including closed models: the five candidates against every reference model, closed (${closed
    .map((id) => models.get(id)?.name ?? id)
    .join(
      ', ',
    )}) and open, on the ${criteria.length} benchmarks where at least one candidate and at least one closed reference model have a published value: ${names(
    criteria,
  ).join(
    '; ',
  )}. Equal weights, each value from the candidates' own reports where they print one (the Sogang CSAT-math figures are an independent measurement). Coverage, models with a value on these criteria (the others have none): ${coverage.join(
    ', ',
  )}. The coverage rule (at least half of the criteria with a value) marks the candidates below it "insufficient data". Frontier window: 24 months before 2026-01-15, wider than the programme's reported 6 months, so that GPT-4o (released 2024-05-13), the only closed model with values on the Korean sets, sets bars; with 6 months only the Sogang test has closed-model bars.`;
  return {
    criteria: criteria.map((benchmark) => ({ benchmark, weight: 10, group: null })),
    notes,
  };
}
