import type { Model } from '../../../shared/domain/dataset';
import { ProgrammeSchema, type ProgrammeInput } from '../../../shared/domain/programme';
import { ScenarioSchema, type Scenario } from '../../../shared/domain/scenario';

type ModelSpec = Partial<Model> & { id: string };
interface Obs {
  model: string;
  benchmark: string;
  value: number;
  source?: string;
  measuredBy?: string;
}

/** A small scenario: candidates c1…, references with release dates, benchmarks "acc" (higher) and "err" (lower). */
export function makeScenario(spec: {
  models: ModelSpec[];
  observations: Obs[];
  programme?: ProgrammeInput;
  uncertainty?: boolean;
}): Scenario {
  const models: Model[] = spec.models.map((m) => ({
    name: m.id.toUpperCase(),
    organization: 'org',
    country: 'US',
    group: 'candidate',
    totalParamsB: null,
    activeParamsB: null,
    contextTokens: null,
    releaseDate: null,
    releaseDateConfidence: null,
    license: null,
    openWeights: true,
    modalities: ['text'],
    fromScratch: 'claimed',
    notes: '',
    sourceUrl: null,
    ...m,
  }));
  const sources = [...new Set(spec.observations.map((o) => o.source ?? 'src-a'))];
  const bench = (id: string, direction: 'higher' | 'lower') => ({
    id,
    name: id,
    aliases: [],
    language: 'en',
    category: 'test',
    unit: '%',
    direction,
    scale: null,
    randomBaseline: null,
    items: null,
    note: '',
  });
  return ScenarioSchema.parse({
    schemaVersion: 1,
    kind: 'sewb-scenario',
    name: 'fixture',
    savedAt: null,
    dataset: {
      schemaVersion: 1,
      id: 'fixture',
      name: 'fixture',
      description: '',
      models,
      benchmarks: [bench('acc', 'higher'), bench('err', 'lower')],
      sources: sources.map((id) => ({ id, title: id, url: id, kind: 'maker-report', date: null })),
      observations: spec.observations.map((o, i) => ({
        id: `o${i}`,
        model: o.model,
        setting: 'default',
        benchmark: o.benchmark,
        value: o.value,
        stderr: null,
        n: null,
        measuredBy: o.measuredBy ?? 'model maker',
        source: o.source ?? 'src-a',
        reportedAs: null,
        note: '',
      })),
    },
    alternatives: models.filter((m) => m.group === 'candidate').map((m) => m.id),
    references: models.filter((m) => m.group === 'reference').map((m) => m.id),
    observationPolicy: { kind: 'source-priority', priority: ['maker-report'], settingPreference: [], manual: {} },
    criteria: [
      { benchmark: 'acc', weight: 1, group: null },
      { benchmark: 'err', weight: 1, group: null },
    ],
    normalization: 'minmax',
    method: { name: 'wsm', v: 0.5 },
    missing: 'worst',
    overrides: [],
    uncertainty: { enabled: spec.uncertainty ?? false, samples: 2000, seed: 7 },
    programme: spec.programme ? ProgrammeSchema.parse(spec.programme) : undefined,
    notes: '',
  });
}
