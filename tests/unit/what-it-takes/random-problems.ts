import { ProgrammeSchema, type ProgrammeInput } from '../../../shared/domain/programme';
import { ScenarioSchema, type Scenario } from '../../../shared/domain/scenario';

/** Mulberry32: a small seeded generator, so each random problem is reproducible from its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Problem {
  scenario: Scenario;
  /** values[i][j]: candidate i on benchmark j (0–100, one decimal); refs[r][j] the same for references. */
  values: number[][];
  refs: number[][];
  directions: ('higher' | 'lower')[];
  weights: number[];
  models: string[];
}

/**
 * A random problem: `n` candidates and `refs` references (released inside a 6-month window before 2026-01-15) ×
 * `m` benchmarks on a 0–100 scale with random directions, values with one decimal, integer weights 1–5, WSM over
 * the given normalization (the method can be changed by the caller).
 */
export function randomProblem(
  seed: number,
  {
    n = 5,
    m = 3,
    refs = 2,
    normalization = 'minmax' as Scenario['normalization'],
    programme = undefined as ProgrammeInput | undefined,
  } = {},
): Problem {
  const rnd = random(seed);
  const value = () => Math.round(rnd() * 1000) / 10;
  const directions = Array.from({ length: m }, () => (rnd() < 0.7 ? 'higher' : 'lower') as 'higher' | 'lower');
  const models = Array.from({ length: n }, (_, i) => `c${i}`);
  const references = Array.from({ length: refs }, (_, i) => `r${i}`);
  const values = models.map(() => directions.map(() => 5 + Math.round(rnd() * 900) / 10));
  const refValues = references.map(() => directions.map(() => value()));
  const weights = directions.map(() => 1 + Math.floor(rnd() * 5));
  const benchmarks = directions.map((direction, j) => ({
    id: `b${j}`,
    name: `B${j}`,
    aliases: [],
    language: 'en',
    category: 'test',
    unit: '%',
    direction,
    scale: { min: 0, max: 100 },
    randomBaseline: null,
    items: null,
    note: '',
  }));
  const model = (id: string, group: 'candidate' | 'reference') => ({
    id,
    name: id.toUpperCase(),
    organization: 'org',
    country: 'US',
    group,
    totalParamsB: null,
    activeParamsB: null,
    contextTokens: null,
    releaseDate: '2025-12-01',
    releaseDateConfidence: null,
    license: null,
    openWeights: true,
    modalities: ['text'],
    fromScratch: 'claimed',
    notes: '',
    sourceUrl: null,
  });
  const observations = [
    ...models.flatMap((id, i) => directions.map((_, j) => ({ model: id, j, value: values[i][j] }))),
    ...references.flatMap((id, r) => directions.map((_, j) => ({ model: id, j, value: refValues[r][j] }))),
  ].map((o, k) => ({
    id: `o${k}`,
    model: o.model,
    setting: 'default',
    benchmark: `b${o.j}`,
    value: o.value,
    stderr: null,
    n: null,
    measuredBy: 'model maker',
    source: 'src',
    reportedAs: null,
    note: '',
  }));
  const scenario = ScenarioSchema.parse({
    schemaVersion: 1,
    kind: 'sewb-scenario',
    name: `random ${seed}`,
    savedAt: null,
    dataset: {
      schemaVersion: 1,
      id: 'random',
      name: 'random',
      description: '',
      models: [...models.map((id) => model(id, 'candidate')), ...references.map((id) => model(id, 'reference'))],
      benchmarks,
      sources: [{ id: 'src', title: 'src', url: 'src', kind: 'maker-report', date: null }],
      observations,
    },
    alternatives: models,
    references,
    observationPolicy: { kind: 'source-priority', priority: ['maker-report'], settingPreference: [], manual: {} },
    criteria: benchmarks.map((b, j) => ({ benchmark: b.id, weight: weights[j], group: null })),
    normalization,
    method: { name: 'wsm', v: 0.5 },
    missing: 'worst',
    overrides: [],
    uncertainty: { enabled: false, samples: 1000, seed: 1 },
    programme: programme ? ProgrammeSchema.parse(programme) : undefined,
    notes: '',
  });
  return { scenario, values, refs: refValues, directions, weights, models };
}
