import { z } from 'zod';
import { DatasetSchema, ID_MAX_LENGTH, ID_PATTERN, ModelSchema, SourceSchema } from './dataset';
import type { Benchmark, Dataset, Model, Source } from './dataset';
import { ScenarioSchema, type Scenario } from './scenario';

/**
 * The dataset and scenario schemas' parse of a document of many models, benchmarks and sources (a file's manifest,
 * the dataset wire's facts) at a fraction of the cost when it runs once, cold: zod compiles and warms its checks on
 * first use, and 1,000 models took it ~18 ms, a plain check of the same fields ~1 ms. Each entity is checked by a
 * plain predicate that holds only where its schema accepts the entity and gives it back as it is (exactly the
 * schema's keys, in its order, and no default to fill in); when every entity passes, the document goes through the
 * same schema with those lists taken as they are — same checks, refinements and result otherwise; when one does not,
 * through the schema unchanged, so every message is zod's own, naming its place (`dataset.models.3.name: …`). A
 * scenario's alternatives, references and criteria (1,000 and 200 of a large one) are taken the same way.
 */

const isString = (v: unknown): v is string => typeof v === 'string';
const isId = (v: unknown): v is string => isString(v) && v.length <= ID_MAX_LENGTH && ID_PATTERN.test(v);
/** IsoDate of dataset.ts. */
const isDate = (v: unknown) => isString(v) && /^\d{4}-\d{2}-\d{2}$/.test(v);
/** z.number(): finite. */
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isPositive = (v: unknown) => isNumber(v) && v > 0;
const isCount = (v: unknown) => Number.isSafeInteger(v) && (v as number) > 0;
const orNull =
  (check: (v: unknown) => boolean) =>
  (v: unknown): boolean =>
    v === null || check(v);
const oneOf = (options: readonly unknown[]) => (v: unknown) => options.includes(v);

/** Whether `v` is an object with exactly `keys`, in that order, each passing its check. */
function plainObject(v: unknown, keys: readonly string[], checks: readonly ((v: unknown) => boolean)[]): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const own = Object.keys(v);
  if (own.length !== keys.length) return false;
  const record = v as Record<string, unknown>;
  for (let k = 0; k < keys.length; k++) if (own[k] !== keys[k] || !checks[k](record[keys[k]])) return false;
  return true;
}

/** A field-by-field check in the order of an object schema's shape. */
function plainCheck<T>(
  schema: { shape: Record<keyof T, unknown> },
  checks: Record<keyof T, (v: unknown) => boolean>,
): (v: unknown) => v is T {
  const keys = Object.keys(schema.shape) as (keyof T & string)[];
  const ordered = keys.map((key) => checks[key]);
  return (v: unknown): v is T => plainObject(v, keys, ordered);
}

const model = ModelSchema.shape;
export const isPlainModel = plainCheck<Model>(ModelSchema, {
  id: isId,
  name: (v) => isString(v) && v.length >= 1,
  organization: isString,
  country: isString,
  group: oneOf(model.group.options),
  totalParamsB: orNull(isPositive),
  activeParamsB: orNull(isPositive),
  contextTokens: orNull(isCount),
  releaseDate: orNull(isDate),
  releaseDateConfidence: orNull(oneOf(model.releaseDateConfidence.unwrap().options)),
  license: orNull(isString),
  openWeights: orNull((v) => typeof v === 'boolean'),
  modalities: (v) => Array.isArray(v) && v.every(isString),
  fromScratch: orNull(oneOf(model.fromScratch.unwrap().options)),
  notes: isString,
  sourceUrl: orNull(isString),
});

const BenchmarkSchema = DatasetSchema.shape.benchmarks.element;
export const isPlainBenchmark = plainCheck<Benchmark>(BenchmarkSchema, {
  id: isId,
  name: (v) => isString(v) && v.length >= 1,
  aliases: (v) => Array.isArray(v) && v.every(isString),
  language: isString,
  category: isString,
  unit: isString,
  direction: oneOf(BenchmarkSchema.shape.direction.options),
  scale: orNull((v) => plainObject(v, ['min', 'max'], [isNumber, isNumber]) && (v as Scale).min < (v as Scale).max),
  randomBaseline: orNull(isNumber),
  items: orNull(isCount),
  note: isString,
});
type Scale = { min: number; max: number };

export const isPlainSource = plainCheck<Source>(SourceSchema, {
  id: isId,
  title: isString,
  url: isString,
  kind: oneOf(SourceSchema.shape.kind.options),
  date: orNull(isDate),
});

/** The dataset schema with its models, benchmarks and sources taken as they are (checked by the predicates above). */
const PreCheckedDatasetSchema = DatasetSchema.safeExtend({
  models: z.array(z.custom<Model>()),
  benchmarks: z.array(z.custom<Benchmark>()),
  sources: z.array(z.custom<Source>()),
});

/** A criterion as CriterionSchema gives it back: its group stated (no default to fill in), no preference function. */
export const isPlainCriterion = (v: unknown): v is Scenario['criteria'][number] =>
  plainObject(v, ['benchmark', 'weight', 'group'], [isId, (w) => isNumber(w) && w >= 0, orNull(isString)]);
/** The scenario's own lists of a large scenario (1,000 alternatives, 200 criteria) taken as they are. */
const preCheckedLists = {
  alternatives: z.array(z.custom<string>()).min(1),
  references: z.array(z.custom<string>()),
  criteria: z.array(z.custom<Scenario['criteria'][number]>()).min(1),
};
const PreCheckedScenarioSchemas = {
  dataset: ScenarioSchema.safeExtend({ dataset: PreCheckedDatasetSchema }),
  lists: ScenarioSchema.safeExtend(preCheckedLists),
  both: ScenarioSchema.safeExtend({ dataset: PreCheckedDatasetSchema, ...preCheckedLists }),
};

/** Whether `dataset` has lists of models, benchmarks and sources that each pass their plain check. */
function hasPlainEntities(dataset: unknown): boolean {
  if (typeof dataset !== 'object' || dataset === null) return false;
  const { models, benchmarks, sources } = dataset as Record<string, unknown>;
  return (
    Array.isArray(models) &&
    models.every(isPlainModel) &&
    Array.isArray(benchmarks) &&
    benchmarks.every(isPlainBenchmark) &&
    Array.isArray(sources) &&
    sources.every(isPlainSource)
  );
}

/** `DatasetSchema.safeParse(raw)`: the same result. */
export function safeParseDataset(raw: unknown): z.ZodSafeParseResult<Dataset> {
  return (hasPlainEntities(raw) ? PreCheckedDatasetSchema : DatasetSchema).safeParse(raw);
}

/** Whether the scenario's alternatives, references and criteria each pass their plain check. */
function hasPlainLists(scenario: Record<string, unknown>): boolean {
  const { alternatives, references, criteria } = scenario;
  return (
    Array.isArray(alternatives) &&
    alternatives.every(isId) &&
    Array.isArray(references) &&
    references.every(isId) &&
    Array.isArray(criteria) &&
    criteria.every(isPlainCriterion)
  );
}

/** `ScenarioSchema.safeParse(raw)`: the same result. */
export function safeParseScenario(raw: unknown): z.ZodSafeParseResult<Scenario> {
  if (typeof raw !== 'object' || raw === null) return ScenarioSchema.safeParse(raw);
  const scenario = raw as Record<string, unknown>;
  const entities = hasPlainEntities(scenario.dataset);
  const lists = hasPlainLists(scenario);
  const schema = entities
    ? lists
      ? PreCheckedScenarioSchemas.both
      : PreCheckedScenarioSchemas.dataset
    : lists
      ? PreCheckedScenarioSchemas.lists
      : ScenarioSchema;
  return schema.safeParse(raw);
}
