import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../../electron/services/scenario-file';
import { DatasetSchema } from '../../../shared/domain/dataset';
import { ScenarioSchema } from '../../../shared/domain/scenario';
import { tempDir } from '../import/fixtures';

/**
 * Validation at the door: a scenario or dataset that lists one thing twice, or holds a number no benchmark
 * could give, is refused by the schema the open path and the CLI use, with the field named.
 */
const root = join(import.meta.dirname, '../../..');
const shipped = readFileSync(join(root, 'data/scenarios/default.sewb'), 'utf8');
type Doc = ReturnType<typeof JSON.parse>;
const fresh = (): Doc => JSON.parse(shipped);

/** The schema's refusals as "path: message". */
function refusals(doc: Doc, schema: typeof ScenarioSchema | typeof DatasetSchema = ScenarioSchema): string[] {
  const r = schema.safeParse(doc);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

/** An observation of a % benchmark (scale 0–100) in the shipped dataset, and its position. */
function percentObservation(doc: Doc): number {
  const scaled = new Set(doc.dataset.benchmarks.filter((b: Doc) => b.scale?.max === 100).map((b: Doc) => b.id));
  return doc.dataset.observations.findIndex((o: Doc) => scaled.has(o.benchmark));
}

describe('scenario and dataset schemas refuse duplicates with the field named', () => {
  it('the shipped scenario passes (the cases below fail for the one change each makes)', () => {
    expect(refusals(fresh())).toEqual([]);
  });

  it('a model listed twice as an alternative', () => {
    const doc = fresh();
    const first = doc.alternatives[0];
    doc.alternatives.push(first);
    const at = doc.alternatives.length - 1;
    expect(refusals(doc)).toEqual([`alternatives.${at}: duplicate model ${first} (also at index 0)`]);
  });

  it('a model listed twice as a reference', () => {
    const doc = fresh();
    doc.references = [doc.references[0], doc.references[1], doc.references[0]];
    expect(refusals(doc)).toEqual([`references.2: duplicate model ${doc.references[0]} (also at index 0)`]);
  });

  it('a benchmark weighted twice as a criterion', () => {
    const doc = fresh();
    doc.criteria.push({ ...doc.criteria[2], weight: 5 });
    const at = doc.criteria.length - 1;
    expect(refusals(doc)).toEqual([
      `criteria.${at}.benchmark: duplicate benchmark ${doc.criteria[2].benchmark} (also at index 2)`,
    ]);
  });

  it('two overrides of one cell', () => {
    const doc = fresh();
    const cell = { model: doc.alternatives[0], benchmark: doc.criteria[0].benchmark, note: '' };
    doc.overrides = [
      { ...cell, value: 50 },
      { ...cell, value: 60 },
    ];
    expect(refusals(doc)).toEqual([
      `overrides.1: duplicate override of ${cell.model}|${cell.benchmark} (also at index 0)`,
    ]);
  });

  it.each([
    ['models', 12],
    ['benchmarks', 5],
    ['sources', 3],
    ['observations', 40],
  ] as const)('a duplicate id in dataset.%s', (list, at) => {
    const doc = fresh();
    const items = doc.dataset[list];
    const id = items[1].id;
    items[at] = { ...items[at], id };
    const found = refusals(doc);
    expect(found).toContain(`dataset.${list}.${at}.id: duplicate ${list.slice(0, -1)} id ${id} (also at index 1)`);
    // The dataset file alone is refused the same way.
    expect(refusals(doc.dataset, DatasetSchema)).toContain(
      `${list}.${at}.id: duplicate ${list.slice(0, -1)} id ${id} (also at index 1)`,
    );
  });
});

describe('numbers no benchmark could give are refused', () => {
  it("an override outside the benchmark's scale", () => {
    const doc = fresh();
    const benchmark = doc.dataset.benchmarks.find((b: Doc) => b.scale?.max === 100).id;
    doc.overrides = [{ model: doc.alternatives[0], benchmark, value: 100.5, note: '' }];
    expect(refusals(doc)).toEqual([`overrides.0.value: 100.5 is outside the scale of ${benchmark} (0–100)`]);
    doc.overrides[0].value = 100; // the bounds belong to the scale
    expect(refusals(doc)).toEqual([]);
  });

  it.each([
    ['value', 101, 'is outside the scale of the benchmark (0–100)'],
    ['value', -0.1, 'is outside the scale of the benchmark (0–100)'],
    ['stderr', -0.5, 'a standard error is a finite number ≥ 0, not -0.5'],
    // A quantity in [0, 100] has a standard deviation of at most 50 (Popoviciu), so no stderr can exceed it.
    ['stderr', 50.01, 'is at most 50 (half its width), not 50.01'],
    ['stderr', 1e308, 'is at most 50 (half its width), not 1e+308'],
    ['n', 2.5, 'an item count is a whole number ≥ 1, not 2.5'],
    ['n', 0, 'an item count is a whole number ≥ 1, not 0'],
  ])('an observation with %s %d', (field, value, message) => {
    const doc = fresh();
    const i = percentObservation(doc);
    doc.dataset.observations[i][field] = value;
    const found = refusals(doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^dataset\\.observations\\.${i}\\.${field}: `));
    expect(found[0]).toContain(message);
  });

  it('a stderr of exactly half the scale and a whole n are accepted', () => {
    const doc = fresh();
    const i = percentObservation(doc);
    Object.assign(doc.dataset.observations[i], { stderr: 50, n: 1 });
    expect(refusals(doc)).toEqual([]);
  });

  it('a scale whose max is not above its min', () => {
    const doc = fresh();
    doc.dataset.benchmarks[0].scale = { min: 5, max: 5 };
    expect(refusals(doc.dataset, DatasetSchema)).toContain(
      'benchmarks.0.scale.max: a scale runs from a lower min to a higher max',
    );
  });
});

describe('the open path and the CLI name the field', () => {
  const withDuplicateAlternative = () => {
    const doc = fresh();
    doc.alternatives.push(doc.alternatives[1]);
    const path = join(tempDir(), 'twice.sewb');
    writeFileSync(path, JSON.stringify(doc));
    return { path, at: doc.alternatives.length - 1 };
  };

  it('opening a scenario that lists a model twice is refused', async () => {
    const { path, at } = withDuplicateAlternative();
    const error = await readScenarioFile(path).then(
      () => null,
      (e: unknown) => e as { code: string; message: string },
    );
    expect(error?.code).toBe('invalid-file');
    expect(error?.message).toContain(`alternatives.${at}: duplicate model`);
  });

  it('cli score refuses it with exit 2 and the path on stderr', () => {
    const { path, at } = withDuplicateAlternative();
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'score', path], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`alternatives.${at}`);
  });
});
