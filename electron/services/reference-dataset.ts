import Papa from 'papaparse';
import {
  DATASET_SCHEMA_VERSION,
  DatasetSchema,
  type Benchmark,
  type Dataset,
  type Model,
  type Observation,
  type Source,
  type SourceKind,
} from '../../shared/domain/dataset';
import { isTeamAverage, TEAM_AVERAGE_NOTE } from '../../shared/dataset/team-average';
import { PRESENTATION_CLAIMS } from './presentation-claims';
import { SCENARIO_SCHEMA_VERSION, ScenarioSchema, type Scenario } from '../../shared/domain/scenario';

/** Converts the reference CSVs (../shared/reference format) into a validated Dataset. */

type Row = Record<string, string>;
const parse = (text: string): Row[] => Papa.parse<Row>(text, { header: true, skipEmptyLines: 'greedy' }).data;

const num = (s: string): number | null => (s.trim() === '' ? null : Number(s));
const text = (s: string | undefined): string | null => (s && s.trim() !== '' ? s.trim() : null);

/** A readable title from an address: host and path, with the query kept where it names the page. */
function sourceTitle(url: string): string {
  const m = /^https?:\/\/([^/]+)(\/[^?#]*)?(\?[^#]*)?/.exec(url);
  if (!m) return url;
  const host = m[1].replace(/^www\./, '');
  const path = (m[2] ?? '').replace(/\/blob\/main\//, '/').replace(/\/$/, '');
  return `${host}${path}${m[3] ?? ''}`;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);

/**
 * Units with a fixed range (../shared/reference/README.md): accuracy in % and an exam-style score out of 100. Index
 * points, ratings, scores and a team's own average have no fixed top.
 */
const KNOWN_SCALES: Record<string, { min: number; max: number }> = {
  '%': { min: 0, max: 100 },
  'points (of 100)': { min: 0, max: 100 },
};
/** Chance level where the answer format is documented (4-option MCQ 25%, KoBALT 10-choice 10%). */
const RANDOM_BASELINES: Record<string, number> = { kmmlu: 25, kobalt: 10 };

export function buildDefaultDataset(csv: { models: string; benchmarks: string; observations: string }): Dataset {
  const models: Model[] = parse(csv.models).map((r) => ({
    id: r.id,
    name: r.name,
    organization: r.organization,
    country: r.country,
    group: r.group as Model['group'],
    totalParamsB: num(r.total_params_b),
    activeParamsB: num(r.active_params_b),
    contextTokens: num(r.context_tokens),
    releaseDate: text(r.release_date),
    releaseDateConfidence: text(r.release_date_confidence) as Model['releaseDateConfidence'],
    license: text(r.license),
    openWeights: r.open_weights === 'yes' ? true : r.open_weights === 'no' ? false : null,
    modalities: r.modalities ? r.modalities.split(';').map((m) => m.trim()) : [],
    fromScratch: (text(r.from_scratch) as Model['fromScratch']) ?? null,
    notes: r.notes ?? '',
    sourceUrl: text(r.source_url),
  }));

  const obsRows = parse(csv.observations);
  const aliases = new Map<string, Set<string>>();
  for (const r of obsRows) {
    if (text(r.reported_as)) {
      const set = aliases.get(r.benchmark) ?? new Set<string>();
      set.add(r.reported_as.trim());
      aliases.set(r.benchmark, set);
    }
  }

  const benchmarks: Benchmark[] = parse(csv.benchmarks).map((r) => ({
    id: r.id,
    name: r.name,
    aliases: [...(aliases.get(r.id) ?? [])].filter((a) => a !== r.name).sort(),
    language: r.language,
    category: r.category,
    unit: r.unit,
    direction: r.higher_is_better === 'false' ? 'lower' : 'higher',
    scale: KNOWN_SCALES[r.unit] ?? null,
    randomBaseline: RANDOM_BASELINES[r.id] ?? null,
    items: num(r.items),
    note: isTeamAverage({ unit: r.unit }) ? `${TEAM_AVERAGE_NOTE} ${r.note ?? ''}`.trim() : (r.note ?? ''),
  }));

  const sources = new Map<string, Source>();
  const units = new Map(benchmarks.map((b) => [b.id, b.unit]));
  const observations: Observation[] = obsRows.map((r, i) => {
    // Every row carries its own address (or a free-text citation); the former "same" shorthand is resolved.
    const url = r.source_url.trim();
    if (url === '' || url === 'same')
      throw new Error(
        `observations.csv row ${i + 2}, column source_url: "${url}" is not a source; give the row its own`,
      );
    const id = `src-${slug(url)}`;
    const kind = r.source_kind as SourceKind;
    const known = sources.get(id);
    if (!known) sources.set(id, { id, title: sourceTitle(url), url, kind, date: null });
    else if (known.url !== url || known.kind !== kind)
      throw new Error(
        `observations.csv row ${i + 2}: source ${url} (${kind}) clashes with ${known.url} (${known.kind}) as ${id}`,
      );
    // The row's unit is kept in the note when it differs from the benchmark's canonical unit.
    const unitNote = r.unit && r.unit !== units.get(r.benchmark) ? `unit as published: ${r.unit}` : '';
    return {
      id: `ref-${String(i + 1).padStart(4, '0')}`,
      model: r.model,
      setting: text(r.setting) ?? 'default',
      benchmark: r.benchmark,
      value: Number(r.value),
      stderr: null,
      n: null,
      measuredBy: r.measured_by,
      source: id,
      reportedAs: text(r.reported_as),
      note: [r.note ?? '', unitNote].filter(Boolean).join('; '),
    };
  });

  return DatasetSchema.parse({
    schemaVersion: DATASET_SCHEMA_VERSION,
    id: 'default',
    name: 'Published results of the Korean sovereign AI foundation models (reference set)',
    description:
      'Benchmark results published by the five consortia of the 독자 AI 파운데이션 모델 programme and the global models in their tables, each with its source.',
    models,
    benchmarks,
    sources: [...sources.values()],
    observations,
  });
}

/** Benchmarks that at least three of the five candidates report in their own tables. */
const DEFAULT_CRITERIA = [
  'mmlu-pro',
  'gpqa-diamond',
  'hle',
  'aime-2025',
  'livecodebench',
  'ifbench',
  'ifeval',
  'tau2-telecom',
  'tau2-retail',
  'aa-lcr',
  'kmmlu-pro',
  'kobalt',
  'click',
  'hrm8k',
];

export function buildDefaultScenario(dataset: Dataset): Scenario {
  return ScenarioSchema.parse({
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    kind: 'sewb-scenario',
    name: '독자 AI 파운데이션 모델 1차 — 기본 시나리오 (Round 1 default)',
    savedAt: null,
    dataset,
    alternatives: dataset.models.filter((m) => m.group === 'candidate').map((m) => m.id),
    references: dataset.models.filter((m) => m.group === 'reference').map((m) => m.id),
    observationPolicy: {
      kind: 'candidate-report',
      priority: ['independent', 'vendor', 'maker-report', 'news', 'secondary', 'user'],
      settingPreference: ['reasoning', 'think', 'thinking', 'high', 'default', 'medium', 'non-think'],
      manual: {},
    },
    criteria: DEFAULT_CRITERIA.map((benchmark) => ({ benchmark, weight: 10, group: null })),
    groups: [],
    normalization: 'minmax',
    method: { name: 'wsm', v: 0.5 },
    missing: 'worst',
    overrides: [],
    uncertainty: { enabled: false, samples: 10000, seed: 20260115 },
    claims: PRESENTATION_CLAIMS,
    notes:
      'Five candidates on the 14 benchmarks that at least three of them report; each value from the candidate’s own report; a value not reported scores as the worst.',
  });
}
