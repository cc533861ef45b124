import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Dataset, Observation } from '../../../shared/domain/dataset';
import { cellKey, ScenarioSchema, type ObservationPolicy, type Scenario } from '../../../shared/domain/scenario';
import { isUtf8Ids } from '../../../shared/dataset/columnar';
import { observationColumns } from '../../../shared/dataset/columnar-dataset';
import { datasetFromWire, datasetToWire } from '../../../shared/dataset/dataset-wire';
import { indexDataset } from '../../../shared/dataset/index';
import { pivotDataset } from '../../../shared/dataset/pivot';
import { resolveCell } from '../../../shared/dataset/resolve';
import { benchmarkHealth } from '../../../shared/evaluation/benchmark-health';
import { evaluateScenario, type Evaluation } from '../../../shared/evaluation/evaluate';
import { createPrng } from '../../../shared/engine/prng';
import { randomDataset } from './random-dataset';

const root = join(import.meta.dirname, '../../..');
const shipped = (): Scenario =>
  ScenarioSchema.parse(JSON.parse(readFileSync(join(root, 'data/scenarios/default.sewb'), 'utf8')));
/** The dataset as the page gets it from its host: wire bytes read and checked, kept as columns. */
const fetched = (dataset: Dataset) => datasetFromWire(datasetToWire(dataset));

/** What the app shows of an evaluation: the ranking, composites, and every cell with its resolution. */
const shown = (e: Evaluation) => ({
  order: e.order,
  criteria: e.criteria,
  alternatives: e.alternatives.map((a) => ({
    model: a.model,
    composite: a.composite,
    rank: a.rank,
    cells: a.cells,
    normalized: a.normalized,
    contributions: a.contributions,
  })),
});

describe('a dataset fetched from the host', () => {
  it('opens, evaluates, pivots and checks health without building its 2,000,000-style rows', () => {
    const scenario = shipped();
    const dataset = fetched(scenario.dataset);
    const rows = vi.spyOn(dataset, 'observations', 'get');
    const opened = { ...scenario, dataset };
    const evaluation = evaluateScenario(opened);
    benchmarkHealth(opened);
    pivotDataset(dataset, scenario.observationPolicy, scenario.alternatives);
    // The grid's visible cells with their candidates (the side panel's list).
    const first = evaluation.alternatives[0];
    for (const c of scenario.criteria) first.cell(c.benchmark);
    expect(rows).not.toHaveBeenCalled();
    expect(dataset.observations).toEqual(scenario.dataset.observations);
    expect(rows).toHaveBeenCalledTimes(1);
  });

  it('gives each row one object, asked alone or with all the others, and cannot be changed', () => {
    const scenario = shipped();
    const dataset = fetched(scenario.dataset);
    const [candidate] = scenario.alternatives;
    const benchmark = scenario.criteria[0].benchmark;
    const alone = indexDataset(dataset).observationsAt(candidate, benchmark);
    expect(alone.length).toBeGreaterThan(0);
    for (const o of alone) expect(dataset.observations).toContain(o);
    expect(dataset.observations).toBe(dataset.observations);
    expect(() => {
      (dataset as { observations: Observation[] }).observations = [];
    }).toThrow(TypeError);
    expect(dataset.observations).toHaveLength(scenario.dataset.observations.length);
  });

  it('keeps its ids apart from the wire bytes it was read from (they can be let go)', () => {
    const scenario = shipped();
    const wire = datasetToWire(scenario.dataset);
    const { id } = observationColumns(datasetFromWire(wire));
    if (!isUtf8Ids(id)) throw new Error('the ids were read as strings');
    expect(id.bytes.buffer).not.toBe(wire.buffer);
    const ids = scenario.dataset.observations.map((o) => o.id);
    expect(id.bytes.byteLength).toBe(new TextEncoder().encode(ids.join('')).length);
    expect(id.strings()).toEqual(ids);
    expect(id.at(ids.length - 1)).toBe(ids.at(-1));
  });

  it('copies, structured-clones (a worker message) and serialises as the dataset of rows it stands for', () => {
    const scenario = shipped();
    const dataset = fetched(scenario.dataset);
    for (const copy of [{ ...dataset }, structuredClone(dataset), JSON.parse(JSON.stringify(dataset)) as Dataset]) {
      expect(Object.getOwnPropertyDescriptor(copy, 'observations')?.value).toEqual(scenario.dataset.observations);
      expect(copy).toEqual(scenario.dataset);
      expect(evaluateScenario({ ...scenario, dataset: copy }).order).toEqual(evaluateScenario(scenario).order);
    }
  });
});

/** A policy of `kind` with a setting preference and manual picks of a few cells (one pointing at no observation). */
function policyOf(kind: ObservationPolicy['kind'], dataset: Dataset, seed: number): ObservationPolicy {
  const rnd = createPrng(seed);
  const manual: Record<string, string> = {};
  for (const o of dataset.observations) if (rnd() < 0.05) manual[cellKey(o.model, o.benchmark)] = o.id;
  manual[cellKey(dataset.models[0].id, dataset.benchmarks[0].id)] = 'gone';
  return {
    kind,
    priority: ['independent', 'maker-report', 'vendor', 'news', 'secondary', 'user'],
    settingPreference: ['think', 'high'],
    manual,
  };
}

describe('the pivot and the evaluation over columns', () => {
  it('equal the row path on random datasets with several observations per cell, under every policy', () => {
    for (let seed = 1; seed <= 24; seed++) {
      const dataset = randomDataset(seed, 6 + (seed % 7), 3 + (seed % 4), 30 + seed * 9);
      const columnar = fetched(dataset);
      const models = dataset.models.map((m) => m.id);
      const alternatives = models.filter((_, i) => i % 2 === 0);
      const benchmarks = [...dataset.benchmarks.map((b) => b.id), 'b0', 'missing'];
      for (const kind of ['candidate-report', 'source-priority', 'latest', 'mean'] as const) {
        const policy = policyOf(kind, dataset, seed);
        const pivot = pivotDataset(columnar, policy, alternatives, models, benchmarks);
        const index = indexDataset(columnar);
        const rowIndex = indexDataset(dataset);
        models.forEach((m, i) =>
          benchmarks.forEach((b, j) => {
            // Brute force over the row objects: the cell's observations in dataset order.
            const candidates = dataset.observations.filter((o) => o.model === m && o.benchmark === b);
            const at = `seed ${seed}, ${kind}, ${m} × ${b}`;
            const cell = resolveCell(index, policy, m, b, alternatives);
            expect(cell.candidates, at).toEqual(candidates);
            expect(cell, at).toEqual(resolveCell(rowIndex, policy, m, b, alternatives));
            expect(pivot.counts[i * benchmarks.length + j], at).toBe(candidates.length);
            const v = pivot.values[i * benchmarks.length + j];
            const expected = candidates.length === 1 ? candidates[0].value : cell.value;
            expect(Number.isNaN(v) ? null : v, at).toBe(expected);
          }),
        );
      }
    }
  });

  it('the shipped scenario evaluates the same from its fetched columns as from its rows, under every policy', () => {
    const scenario = shipped();
    const dataset = fetched(scenario.dataset);
    for (const kind of ['candidate-report', 'source-priority', 'latest', 'mean'] as const) {
      const policy = { ...scenario.observationPolicy, kind };
      for (const method of ['wsm', 'topsis'] as const) {
        const rows = { ...scenario, observationPolicy: policy, method: { name: method, v: 0.5 } };
        expect(shown(evaluateScenario({ ...rows, dataset }))).toEqual(shown(evaluateScenario(rows)));
      }
    }
  });
});
