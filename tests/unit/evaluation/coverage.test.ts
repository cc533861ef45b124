import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { score } from '../../../electron/cli/score';
import { ScenarioSchema, type Scenario } from '../../../shared/domain/scenario';
import { coverageRanks } from '../../../shared/evaluation/coverage';
import { frontierAnalysis } from '../../../shared/evaluation/programme/frontier';
import { evaluateScenario } from '../../../shared/evaluation/evaluate';

const root = join(import.meta.dirname, '../../..');
const defaultFile = join(root, 'data/scenarios/default.sewb');
const scenario: Scenario = ScenarioSchema.parse(JSON.parse(readFileSync(defaultFile, 'utf8')));
const HCX = 'hcx-seed-think-32b';

/** Per model, how many of the criteria have at least one observation in the reference CSV (the copy of ../shared/reference). */
function csvCoverage(): Map<string, number> {
  const csv = readFileSync(join(root, 'data/reference/observations.csv'), 'utf8');
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  const criteria = new Set(scenario.criteria.map((c) => c.benchmark));
  const seen = new Map<string, Set<string>>();
  for (const { model, benchmark } of rows) {
    if (!criteria.has(benchmark)) continue;
    if (!seen.has(model)) seen.set(model, new Set());
    seen.get(model)!.add(benchmark);
  }
  return new Map([...seen].map(([m, s]) => [m, s.size]));
}

describe('the coverage rule on the default scenario', () => {
  const counts = csvCoverage();
  const evaluation = evaluateScenario(scenario);
  const alt = (m: string) => evaluation.alternatives.find((a) => a.model === m)!;

  it('counts, per model, the criteria with a value as the reference CSV has them', () => {
    expect(counts.get(HCX)).toBe(2);
    expect(scenario.criteria).toHaveLength(14);
    for (const a of evaluation.alternatives) {
      expect(a.coverage.present).toBe(counts.get(a.model) ?? 0);
      expect(a.coverage.total).toBe(14);
    }
  });

  it('places HyperCLOVA X SEED (2 of 14) after every model with data, though its composite is above one of them', () => {
    const withData = evaluation.alternatives.filter((a) => (counts.get(a.model) ?? 0) / 14 >= 0.5);
    expect(withData).toHaveLength(4);
    expect(alt(HCX).coverage.insufficient).toBe(true);
    expect(alt(HCX).rank).toBe(5);
    expect(evaluation.order[4]).toBe(HCX);
    // Without the rule it would rank above the weakest model with data: the rule is what moves it.
    expect(withData.some((a) => a.composite < alt(HCX).composite)).toBe(true);
    // The models with data keep their order by composite, ranks 1 … 4.
    const byScore = [...withData].sort((a, b) => b.composite - a.composite).map((a) => a.model);
    expect(evaluation.order.slice(0, 4)).toEqual(byScore);
    expect(byScore.map((m) => alt(m).rank)).toEqual([1, 2, 3, 4]);
  });

  it('follows the scenario’s minimum share: at 10 % every model is ranked by its composite alone', () => {
    const low = evaluateScenario({ ...scenario, coverage: { minShare: 0.1 } });
    const byScore = [...low.alternatives].sort((a, b) => b.composite - a.composite).map((a) => a.model);
    expect(low.order).toEqual(byScore);
    expect(low.alternatives.every((a) => !a.coverage.insufficient)).toBe(true);
    expect(low.minCoverage).toBe(0.1);
    expect(evaluation.minCoverage).toBe(0.5);
  });

  it('score (CLI) prints the coverage and why the model is ranked last', async () => {
    const out = (await score.run(defaultFile)) as {
      alternatives: { model: string; rank: number; coverage: { present: number }; insufficientData?: string }[];
    };
    const last = out.alternatives[out.alternatives.length - 1];
    expect(last).toMatchObject({ model: HCX, rank: 5, coverage: { present: 2 } });
    expect(last.insufficientData).toMatch(/2 of 14 criteria have a value, below the coverage rule's 50%/);
    expect(out.alternatives.slice(0, 4).every((a) => a.insufficientData === undefined)).toBe(true);
  });
});

describe('the coverage rule in the frontier test', () => {
  const frontierScenario = ScenarioSchema.parse(
    JSON.parse(readFileSync(join(root, 'data/scenarios/frontier-check.sewb'), 'utf8')),
  );
  const result = frontierAnalysis(
    frontierScenario,
    frontierScenario.programme!.frontier!,
    frontierScenario.alternatives,
  );
  const row = (m: string) => result.candidates.find((c) => c.model === m)!;

  it('does not hold HyperCLOVA X SEED’s aggregate over 2 benchmarks against the threshold as if complete', () => {
    const hcx = row(HCX);
    const ax = row('ax-k1-519b-a33b');
    expect(hcx.compared).toBe(csvCoverage().get(HCX));
    expect(ax.compared).toBe(13);
    // Its aggregate beats A.X K1's over 13 benchmarks, yet it gets no verdict; A.X K1 keeps its own.
    expect(hcx.aggregate!).toBeGreaterThan(ax.aggregate!);
    expect(hcx.coverage).toMatchObject({ present: 2, insufficient: true });
    expect(hcx.pass).toBeNull();
    expect(ax.pass).toBe(ax.aggregate! >= 0.95);
  });
});

describe('coverageRanks', () => {
  it('ranks the covered by score with ties shared, then the rest from k + 1 (hand-worked)', () => {
    // Scores 0.9, 0.5, 0.7, 0.5, 0.95 (higher better); the last is insufficient: covered ranks 1, 3, 2, 3; then 5.
    const r = coverageRanks([0.9, 0.5, 0.7, 0.5, 0.95], 'higher', [false, false, false, false, true]);
    expect(r.rank).toEqual([1, 3, 2, 3, 5]);
    expect(r.order).toEqual([0, 2, 1, 3, 4]);
  });

  it('lower-is-better scores (VIKOR Q) and several insufficient models', () => {
    const r = coverageRanks([0.1, 0.0, 0.3, 0.2], 'lower', [false, true, false, true]);
    expect(r.rank).toEqual([1, 3, 2, 4]);
    expect(r.order).toEqual([0, 2, 1, 3]);
  });
});
