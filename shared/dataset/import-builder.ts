import {
  SourceKindSchema,
  type Benchmark,
  type Dataset,
  type Model,
  type Observation,
  type Source,
} from '../domain/dataset';
import type {
  ImportFormat,
  ImportMapping,
  ImportOptions,
  ImportProblem,
  ImportProblemKind,
  ProblemWhy,
  ImportResult,
} from './import-types';
import { createCellRows, createTypedBudget } from './cell-rows';
import { createNameMatcher, uniqueId } from './names';
import { observationIssues } from '../domain/value-rules';

type CellRows = ReturnType<typeof createCellRows>;

/** A field's place in the input: its column (header or JSON path) and its text as read. */
export interface FieldCell {
  column: string;
  text: string;
}

/** An observation as read (id ""), before the checks every importer shares; add() gives it its id. */
export type ReadObservation = Observation;

/** The first free batch number k for observation ids "imp<k>-<n>". */
function nextBatch(dataset: Dataset): number {
  let max = 0;
  for (const o of dataset.observations) {
    if (!o.id.startsWith('imp')) continue;
    const m = /^imp(\d+)-/.exec(o.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

const emptyMapping = (layout: ImportMapping['layout']): ImportMapping => ({
  layout,
  columns: {},
  models: {},
  benchmarks: {},
  metrics: {},
  newModels: false,
});

/**
 * The shared part of every importer: name matching through the mapping, new models, sources (reused by
 * address), the scale and duplicate checks, located problems, and the result. Nothing here throws on input.
 */
export function createImportBuilder(file: string, format: ImportFormat, dataset: Dataset, options: ImportOptions) {
  const given = options.mapping ?? {};
  const mapping: ImportMapping = {
    ...emptyMapping(given.layout ?? 'long'),
    ...given,
    columns: { ...given.columns },
    models: { ...given.models },
    benchmarks: { ...given.benchmarks },
    metrics: { ...given.metrics },
  };
  const matcher = createNameMatcher(dataset.models, dataset.benchmarks);
  const modelIds = new Set(dataset.models.map((m) => m.id));
  const benchmarks = new Map<string, Benchmark>(dataset.benchmarks.map((b) => [b.id, b]));
  const problems: ImportProblem[] = [];
  const observations: Observation[] = [];
  const origins: ImportResult['origins'] = { rows: [], columns: [] };
  const newModels: Model[] = [];
  const newModelByName = new Map<string, string>();
  const newSources: Source[] = [];
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const sourceByRef = new Map<string, string>();
  for (const s of dataset.sources) {
    sourceByRef.set(s.title, s.id);
    sourceByRef.set(s.url, s.id);
  }
  const mappedModels = Object.keys(mapping.models).length > 0;
  const mappedBenchmarks = Object.keys(mapping.benchmarks).length > 0;
  /** Raw name → resolved id (or "skip"), so a name repeated on 2,000,000 rows is matched once. */
  const modelCache = new Map<string, string>();
  const benchmarkCache = new Map<string, string>();
  const benchmarkInfo = new Map(dataset.benchmarks.map((x, i) => [x.id, { index: i, scale: x.scale }] as const));
  const unmatchedModels = new Set<string>();
  const unmatchedBenchmarks = new Set<string>();

  // Duplicates: per setting × source, a map from (model index × benchmark count + benchmark index) to the
  // row that first had it; dataset observations are stored as −(position + 1). Numbers keep 2,000,000 rows small.
  const modelIndex = new Map<string, number>();
  const seen = new Map<string, CellRows>();
  const typedBudget = createTypedBudget();
  let lastSeen: { setting: string; source: string; cells: CellRows } | null = null;
  const cellNumber = (model: string, benchmarkIndex: number) => {
    let m = modelIndex.get(model);
    if (m === undefined) modelIndex.set(model, (m = modelIndex.size));
    return m * benchmarks.size + benchmarkIndex;
  };
  const seenFor = (setting: string, source: string) => {
    if (lastSeen && lastSeen.setting === setting && lastSeen.source === source) return lastSeen.cells;
    const key = `${setting}\u0000${source}`;
    let cells = seen.get(key);
    if (!cells) seen.set(key, (cells = createCellRows(typedBudget)));
    lastSeen = { setting, source, cells };
    return cells;
  };
  dataset.observations.forEach((o, i) =>
    seenFor(o.setting, o.source).set(cellNumber(o.model, benchmarkInfo.get(o.benchmark)?.index ?? 0), -(i + 1)),
  );
  const batch = `imp${nextBatch(dataset)}`;
  /** One copy of each repeated text (settings, measurers), not one per row. */
  const interned = new Map<string, string>();
  const intern = (text: string) => {
    const hit = interned.get(text);
    if (hit !== undefined) return hit;
    interned.set(text, text);
    return text;
  };

  /** A located problem: `message` in English (the CLI's), `why` for the UI's own wording. */
  const problem = (
    kind: ImportProblemKind,
    row: number | null,
    column: string | null,
    text: string | null,
    message: string,
    why: ProblemWhy,
  ): void => {
    const where = [file, row !== null ? `row ${row}` : null, column !== null ? `column "${column}"` : null]
      .filter(Boolean)
      .join(', ');
    problems.push({ kind, file, row, column, text, message: `${where}: ${message}`, ...why });
  };

  /** A model id for a raw name; "skip" when the mapping says to leave it out; null after a problem. */
  function model(raw: string, row: number | null, column: string): string | 'skip' | null {
    const hit = modelCache.get(raw);
    if (hit !== undefined) return hit;
    const id = resolveModel(raw, row, column);
    if (id !== null) modelCache.set(raw, id);
    return id;
  }

  function resolveModel(raw: string, row: number | null, column: string): string | 'skip' | null {
    const name = raw.trim();
    if (!name) {
      problem('missing-value', row, column, raw, 'the model name is empty', { code: 'model-name-empty' });
      return null;
    }
    if (mappedModels && Object.hasOwn(mapping.models, name)) {
      const id = mapping.models[name];
      if (id === null) return 'skip';
      if (modelIds.has(id)) return id;
      problem('unknown-model', row, column, name, `"${name}" is mapped to model "${id}", which is not in the dataset`, {
        code: 'model-mapped-missing',
        params: { name, id },
      });
      return null;
    }
    const id = matcher.model(name) ?? newModelByName.get(name);
    if (id) return id;
    if (!mapping.newModels) {
      unmatchedModels.add(name);
      problem('unknown-model', row, column, name, `unknown model "${name}"`, {
        code: 'unknown-model',
        params: { name },
      });
      return null;
    }
    const created = uniqueId(name, modelIds, `model-${newModels.length + 1}`);
    newModelByName.set(name, created);
    newModels.push({
      id: created,
      name,
      organization: '',
      country: '',
      group: 'other',
      totalParamsB: null,
      activeParamsB: null,
      contextTokens: null,
      releaseDate: null,
      releaseDateConfidence: null,
      license: null,
      openWeights: null,
      modalities: [],
      fromScratch: null,
      notes: `added by the import of ${file}`,
      sourceUrl: null,
    });
    return created;
  }

  /** A benchmark id for a raw name; "skip" when mapped to null; null (and a problem unless quiet) when unknown. */
  function benchmark(raw: string, row: number | null, column: string, quiet = false): string | 'skip' | null {
    const hit = benchmarkCache.get(raw);
    if (hit !== undefined) return hit;
    const id = resolveBenchmark(raw, row, column, quiet);
    if (id !== null) benchmarkCache.set(raw, id);
    return id;
  }

  function resolveBenchmark(raw: string, row: number | null, column: string, quiet: boolean): string | 'skip' | null {
    const name = raw.trim();
    if (!name) {
      problem('missing-value', row, column, raw, 'the benchmark name is empty', { code: 'benchmark-name-empty' });
      return null;
    }
    if (mappedBenchmarks && Object.hasOwn(mapping.benchmarks, name)) {
      const id = mapping.benchmarks[name];
      if (id === null) return 'skip';
      if (benchmarks.has(id)) return id;
      problem(
        'unknown-benchmark',
        row,
        column,
        name,
        `"${name}" is mapped to benchmark "${id}", which is not in the dataset`,
        { code: 'benchmark-mapped-missing', params: { name, id } },
      );
      return null;
    }
    const id = matcher.benchmark(name);
    if (id) return id;
    unmatchedBenchmarks.add(name);
    if (!quiet)
      problem('unknown-benchmark', row, column, name, `unknown benchmark "${name}"`, {
        code: 'unknown-benchmark',
        params: { name },
      });
    return null;
  }

  /** A source id for a reference (address or title), reusing a dataset source with the same one. */
  function source(ref: string, kindText: string, date: string | null, row: number | null, column: string, title = ref) {
    const existing = sourceByRef.get(ref);
    if (existing) return existing;
    const kind = SourceKindSchema.safeParse(kindText || 'user');
    if (!kind.success) {
      problem(
        'invalid-value',
        row,
        column,
        kindText,
        `unknown source kind "${kindText}" (${SourceKindSchema.options.join(', ')})`,
        { code: 'unknown-source-kind', params: { text: kindText, kinds: SourceKindSchema.options.join(', ') } },
      );
      return null;
    }
    const id = uniqueId(`src-${ref.replace(/^https?:\/\//, '')}`.slice(0, 80), sourceIds, 'src-import');
    newSources.push({ id, title, url: ref, kind: kind.data, date });
    sourceByRef.set(ref, id);
    return id;
  }

  /** Problems already named (row, column, message). */
  const reported = new Set<string>();

  /**
   * Checks the observation's numbers by the dataset's own rules (value-rules.ts: finite, the benchmark's
   * scale, stderr ≥ 0 and at most half the scale, n a whole number ≥ 1) and duplicates, then accepts it under
   * its id. `column`/`text` locate the value; `locate` the stderr and n where the input has them apart (called
   * only for a problem, so a sound row costs nothing).
   */
  function add(
    o: ReadObservation,
    row: number,
    column: string,
    text: string,
    locate: (field: 'stderr' | 'n') => FieldCell | undefined = () => undefined,
  ): void {
    const info = benchmarkInfo.get(o.benchmark);
    const issues = observationIssues(o, info?.scale ?? null);
    if (issues.length) {
      for (const issue of issues) {
        const at = (issue.field === 'value' ? undefined : locate(issue.field)) ?? { column, text };
        const kind = issue.rule === 'out-of-scale' ? 'out-of-scale' : 'invalid-value';
        // A wide row's stderr or n is read once and checked with each of its values: named once.
        const key = `${row}\u0000${at.column}\u0000${issue.message}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const label = issue.field === 'value' ? '' : `${issue.field} "${at.text}": `;
        problem(kind, row, at.column, at.text, label + issue.message, { code: issue.code, params: issue.params });
      }
      return;
    }
    const cells = seenFor(o.setting, o.source);
    const key = cellNumber(o.model, info?.index ?? 0);
    const first = cells.get(key);
    if (first !== undefined) {
      const earlier =
        first < 0 ? `already in the dataset (${dataset.observations[-first - 1].id})` : `already on row ${first}`;
      const cell = { model: o.model, benchmark: o.benchmark, setting: o.setting };
      problem(
        'duplicate',
        row,
        column,
        text,
        `${o.model} × ${o.benchmark} (${o.setting}) from this source is ${earlier}`,
        first < 0
          ? { code: 'duplicate-in-dataset', params: { ...cell, id: dataset.observations[-first - 1].id } }
          : { code: 'duplicate-on-row', params: { ...cell, first } },
      );
      return;
    }
    cells.set(key, row);
    o.id = `${batch}-${observations.length + 1}`;
    observations.push(o);
    origins.rows.push(row);
    origins.columns.push(column);
  }

  function result(
    rowCount: number,
    skippedRows: number,
    extra: { benchmarks?: Benchmark[]; metrics?: Record<string, string[]> } = {},
  ): ImportResult {
    if (observations.length === 0 && problems.length === 0)
      problem('empty', null, null, null, 'nothing to import', { code: 'nothing-to-import' });
    const cited = new Set<string>();
    for (const o of observations) cited.add(o.source);
    return {
      file,
      format,
      mapping,
      observations,
      origins,
      batch,
      models: newModels,
      benchmarks: extra.benchmarks ?? [],
      // Only sources some accepted observation cites (a row that failed may have named one).
      sources: newSources.filter((s) => cited.has(s.id)),
      problems,
      unmatched: { models: [...unmatchedModels], benchmarks: [...unmatchedBenchmarks] },
      rowCount,
      skippedRows,
      choices: { sheets: null, metrics: extra.metrics ?? {} },
    };
  }

  /** The source every row without its own refers to: the input file itself, dated today. */
  const fileSource = () => source(file, 'user', options.today, null, '') as string;

  return { mapping, benchmarks, problem, model, benchmark, source, fileSource, intern, add, result };
}
