import { describe, expect, it } from 'vitest';
import { acceptabilityOption } from '../../../renderer/src/charts/acceptability-option';
import { contributionsOption } from '../../../renderer/src/charts/contributions-option';
import { ternaryOption } from '../../../renderer/src/charts/points-split-option';
import { rangeWidthOption } from '../../../renderer/src/charts/range-width-option';
import { sweepOption } from '../../../renderer/src/charts/sweep-option';
import { percent } from '../../../renderer/src/format/percent';
import { evaluateScenario } from '../../../shared/evaluation/evaluate';
import { roundProbabilities } from '../../../shared/evaluation/programme/monte-carlo';
import { splitProblem, splitRegionMap } from '../../../shared/evaluation/programme/points-split';
import { evaluateRounds } from '../../../shared/evaluation/programme/rounds';
import { scenarioProgramme } from '../../../shared/evaluation/programme/programme';
import { RANGE_FACTORS, rangeWidthSweep } from '../../../shared/evaluation/programme/range-width';
import { weightStability } from '../../../shared/evaluation/robustness';
import { sampledWeightSweep } from '../../../shared/evaluation/sampled-sweep';
import { criterionContributions, weightSweeps } from '../../../shared/evaluation/sensitivity';
import { loadScenario } from '../programme/helpers';

type Series = {
  type: string;
  name: string;
  data: unknown[];
  markLine?: { data: { xAxis: number; label: { formatter: string } }[] };
  markArea?: { data: { xAxis: number }[][] };
};

const shipped = loadScenario('default');
const evaluation = evaluateScenario(shipped);

/** The weighted sum from its definition over the evaluation's normalized values, criterion k's weight set to t. */
function referenceComposite(model: string, k: number, t: number): number {
  const i = evaluation.alternatives.findIndex((a) => a.model === model);
  const { cols, data } = evaluation.normalizedValues;
  const w = evaluation.criteria.map((c) => c.weight);
  const rest = 1 - w[k];
  return w.reduce((s, wj, j) => s + (j === k ? t : (wj * (1 - t)) / rest) * data[i * cols + j], 0);
}

const labels = {
  axis: 'w',
  composite: 'c',
  crossings: 'x',
  now: (v: string) => `now ${v}`,
  lower: (v: string) => `lower ${v}`,
  upper: (v: string) => `upper ${v}`,
  description: 'd',
};

describe('weight sweep option', () => {
  const sweeps = weightSweeps(evaluation);
  const stability = weightStability(evaluation);
  if (!sweeps.ok || !stability.ok) throw new Error('the shipped scenario is WSM over a complete matrix');
  // the models that meet the coverage rule: the sweep leaves the others out (they rank after them whatever the weights)
  const drawn = evaluation.alternatives
    .filter((a) => !a.coverage.insufficient)
    .map((a) => ({ model: a.model, name: a.name }));

  it('draws each model as a line from its composite at weight 0 to weight 1, as the reference weighted sum', () => {
    sweeps.criteria.forEach((sweep, k) => {
      const series = sweepOption(sweep, drawn, labels, false).series as Series[];
      const lines = series.filter((s) => s.type === 'line');
      expect(lines.map((s) => s.name)).toEqual(drawn.map((d) => d.name));
      lines.forEach((s, i) => {
        const [[x0, y0], [x1, y1]] = s.data as number[][];
        expect([x0, x1]).toEqual([0, 1]);
        expect(Math.abs(y0 - referenceComposite(drawn[i].model, k, 0))).toBeLessThan(1e-12);
        expect(Math.abs(y1 - referenceComposite(drawn[i].model, k, 1))).toBeLessThan(1e-12);
      });
    });
  });

  it('shades the stability range and labels its ends with the thresholds of the stability table', () => {
    let labelled = 0;
    sweeps.criteria.forEach((sweep, k) => {
      const row = stability.criteria[k];
      const first = (sweepOption(sweep, drawn, labels, false).series as Series[])[0];
      const [[from, to]] = first.markArea!.data;
      expect(Math.abs(from.xAxis - row.lower)).toBeLessThan(1e-9);
      expect(Math.abs(to.xAxis - row.upper)).toBeLessThan(1e-9);
      const marks = first.markLine!.data.map((m) => m.label.formatter);
      expect(marks[0]).toBe(`now ${percent(row.weight)}`);
      if (row.above) {
        expect(marks).toContain(`upper ${percent(row.upper)}`);
        labelled++;
      }
      if (row.below) expect(marks).toContain(`lower ${percent(row.lower)}`);
    });
    expect(labelled).toBeGreaterThan(0);
  });

  it('marks a dot where two drawn lines meet, at the reference composite', () => {
    const k = 0;
    const sweep = sweeps.criteria[k];
    const dots = (sweepOption(sweep, drawn, labels, false).series as Series[]).find((s) => s.type === 'scatter')!;
    expect(dots.data.length).toBe(sweep.crossings.length);
    for (const [x, y] of dots.data as number[][]) {
      const scores = drawn.map((d) => referenceComposite(d.model, k, x));
      // Two models score y there.
      expect(scores.filter((s) => Math.abs(s - y) < 1e-9).length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('sampled weight sweep option (PROMETHEE II)', () => {
  const scenario = { ...shipped, method: { ...shipped.method, name: 'promethee2' as const } };
  const flows = evaluateScenario(scenario);
  const models = flows.alternatives.map((a) => ({ model: a.model, name: a.name }));
  const swept = scenario.criteria
    .map((c) =>
      sampledWeightSweep(
        scenario,
        flows,
        c.benchmark,
        models.map((m) => m.model),
      ),
    )
    .flatMap((r) => (r.ok ? [r.sweep] : []));

  it('draws each model as a polyline through every sample and a dot at each crossing found', () => {
    expect(swept.length).toBe(scenario.criteria.length);
    expect(swept.some((sw) => sw.crossings.length > 0)).toBe(true);
    for (const sweep of swept) {
      const series = sweepOption(sweep, models, labels, false).series as Series[];
      const lines = series.filter((s) => s.type === 'line');
      expect(lines.map((l) => l.name)).toEqual(models.map((m) => m.name));
      lines.forEach((l, i) => expect(l.data).toEqual(sweep.at.map((x, s) => [x, sweep.curves[i].composites[s]])));
      const dots = series.find((s) => s.type === 'scatter')!;
      expect((dots.data as number[][]).map(([x]) => x)).toEqual(sweep.crossings.map((c) => c.at));
    }
  });
});

describe('rank acceptability bars', () => {
  it('one stacked segment per rank, each bar the shares of one model adding up to 1, best at the top', () => {
    const rows = [
      [0.7, 0.2, 0.1],
      [0.2, 0.5, 0.3],
      [0.1, 0.3, 0.6],
    ];
    const option = acceptabilityOption(['A', 'B', 'C'], rows, (n) => `Rank ${n}`, 'd', false);
    const series = option.series;
    expect(series.map((s) => s.name)).toEqual(['Rank 1', 'Rank 2', 'Rank 3']);
    expect(new Set(series.map((s) => s.stack)).size).toBe(1);
    // The category axis lists bottom to top: C, B, A.
    expect(option.yAxis.data).toEqual(['C', 'B', 'A']);
    for (const [pos, model] of ['C', 'B', 'A'].entries()) {
      const shares = series.map((s) => s.data[pos]);
      expect(shares).toEqual(rows[['A', 'B', 'C'].indexOf(model)]);
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });
});

describe('contribution bars', () => {
  it('the segments of each bar add up to the composite of the ranking, where the diamond sits', () => {
    for (const method of ['wsm', 'promethee2'] as const) {
      const ev = evaluateScenario({ ...shipped, method: { ...shipped.method, name: method } });
      const result = criterionContributions(ev);
      if (!result.ok) throw new Error(result.reason);
      const best = [...ev.alternatives].sort((a, b) => a.rank - b.rank);
      const rows = best.map((a) => ({
        name: a.name,
        parts: result.result.rows.find((r) => r.model === a.model)!.parts,
        composite: a.composite,
      }));
      const option = contributionsOption(result.result.benchmarks, rows, 'Composite', 'd', false);
      const bars = option.series.filter((s) => s.type === 'bar');
      const diamond = option.series.find((s) => s.type === 'scatter')!;
      expect(bars).toHaveLength(ev.criteria.filter((c) => c.used).length);
      (option.yAxis.data as string[]).forEach((name, pos) => {
        const a = ev.alternatives.find((x) => x.name === name)!;
        const sum = bars.reduce((s, b) => s + (b.data[pos] as number), 0);
        expect(Math.abs(sum - a.composite)).toBeLessThan(1e-9);
        expect(diamond.data[pos]).toEqual([a.composite, pos]);
      });
      expect((option.yAxis.data as string[]).at(-1)).toBe(best[0].name);
    }
  });
});

describe('points split triangle', () => {
  it('each dot is coloured by the team with the lowest rescaled total among those passing the gate', () => {
    const s = loadScenario('round1-as-announced');
    const programme = scenarioProgramme(s)!;
    const outcome = evaluateRounds(s, programme)[0];
    const scheme = programme.schemes[0];
    const problem = splitProblem(outcome, scheme);
    const names = new Map(outcome.teams.map((t) => [t.model, t.name]));
    const option = ternaryOption(
      splitRegionMap(problem, 20),
      problem.current,
      problem.teams.map((t) => t.model),
      ['benchmark', 'expert', 'user'],
      { outcome: (e) => e.map((m) => names.get(m)).join(', ') || 'Nobody', now: 'now', description: 'd' },
      20,
      false,
    );
    const top = scheme.components.filter((c) => c.parent === null);
    let dots = 0;
    for (const series of option.series.slice(0, -2)) {
      for (const [x, y] of series.data as number[][]) {
        // Back from the triangle to the split: c = y / (√3/2), b = x − c/2, a = 1 − b − c.
        const c = y / (Math.sqrt(3) / 2);
        const b = x - c / 2;
        const split = [1 - b - c, b, c];
        const totals = outcome.teams
          .filter((t) => t.by !== 'gate')
          .map((t) => ({
            name: t.name,
            total: top.reduce(
              (sum, comp, i) =>
                sum + (t.components.find((k) => k.component === comp.id)!.point / comp.maxPoints) * split[i] * 100,
              0,
            ),
          }))
          .sort((p, q) => p.total - q.total);
        if (Math.abs(totals[0].total - totals[1].total) < 1e-6) continue; // a tie on the grid: the tie rule decides
        expect(series.name).toBe(totals[0].name);
        dots++;
      }
    }
    expect(dots).toBeGreaterThan(200);
    const now = option.series.at(-2)!;
    expect(now.data).toEqual([[0.35 + 0.25 / 2, 0.25 * (Math.sqrt(3) / 2)]]);
  });
});

describe('P(eliminated) against range width', () => {
  it('a line per team whose point at ×1 is the P(eliminated) of the scenario as entered', () => {
    const s = loadScenario('round1-as-announced');
    const programme = scenarioProgramme(s)!;
    const opts = { samples: 3000, seed: s.uncertainty.seed, benchmarkNoiseSd: 0 };
    const points = rangeWidthSweep(s, programme, RANGE_FACTORS, opts);
    const teams = Object.keys(points[0].result!.rounds[0].teams);
    const option = rangeWidthOption(
      points.map((p) => p.factor),
      teams.map((m) => ({ name: m, values: points.map((p) => p.result!.rounds[0].teams[m].eliminated) })),
      'width',
      'd',
      false,
    );
    const own = roundProbabilities(s, programme, opts).rounds[0].teams;
    expect(option.series.map((x) => x.name)).toEqual(teams);
    for (const line of option.series) {
      const at1 = (line.data as [number, number][]).find(([f]) => f === 1)!;
      expect(at1[1]).toBe(own[line.name].eliminated);
    }
    expect(option.xAxis).toMatchObject({ type: 'log', logBase: 2, min: 0.5, max: 2 });
  });
});
