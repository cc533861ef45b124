import { z } from 'zod';
import { DatasetSchema, ModelSchema, ObservationSchema, SourceSchema } from '../domain/dataset';
import { DatasetIdSchema } from './ids';
import type { ColumnRole, ImportEdit, ImportFormat, ImportMapping, ImportProblemKind } from '../dataset/import-types';

/** Wire schemas of the import and export methods (shared/dataset/import-types.ts says what each field means). */

const Text = z.string().max(4096);
const Row = z.number().int().positive();

export const ColumnRoleSchema = z.enum([
  'model',
  'benchmark',
  'value',
  'setting',
  'stderr',
  'n',
  'measuredBy',
  'source',
  'sourceKind',
  'reportedAs',
  'note',
  'score',
  'ignore',
] as const satisfies readonly ColumnRole[]);

export const ImportMappingSchema = z.object({
  layout: z.enum(['long', 'wide']),
  columns: z.record(Text, ColumnRoleSchema),
  models: z.record(Text, z.string().nullable()),
  benchmarks: z.record(Text, z.string().nullable()),
  metrics: z.record(Text, Text),
  newModels: z.boolean(),
}) satisfies z.ZodType<ImportMapping>;

/** What the user changed in the preview: a corrected cell or a skipped row. */
const ImportEditSchema = z.union([
  z.object({ row: Row, column: Text, text: z.string().max(100_000) }).strict(),
  z.object({ row: Row, skip: z.literal(true) }).strict(),
]) satisfies z.ZodType<ImportEdit>;

const ImportProblemSchema = z.object({
  kind: z.enum([
    'unreadable',
    'missing-column',
    'unknown-model',
    'unknown-benchmark',
    'missing-value',
    'not-a-number',
    'out-of-scale',
    'invalid-value',
    'duplicate',
    'empty',
  ] as const satisfies readonly ImportProblemKind[]),
  file: z.string(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  text: z.string().nullable(),
  message: z.string(),
  code: z.string().max(100).optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

const ImportFormatSchema = z.enum([
  'csv',
  'tsv',
  'xlsx',
  'parquet',
  'dataset-json',
  'lm-eval-json',
] as const satisfies readonly ImportFormat[]);

/** electron/services/import/import-service.ts ImportPreview. */
export const ImportPreviewSchema = z.object({
  file: z.string(),
  format: ImportFormatSchema,
  mapping: ImportMappingSchema,
  rows: z.array(z.object({ row: z.number().int(), column: z.string(), observation: ObservationSchema })),
  problems: z.array(ImportProblemSchema),
  unmatched: z.object({ models: z.array(z.string()), benchmarks: z.array(z.string()) }),
  newModels: z.array(ModelSchema),
  newSources: z.array(SourceSchema),
  counts: z.object({
    observations: z.number().int().nonnegative(),
    problems: z.number().int().nonnegative(),
    rows: z.number().int().nonnegative(),
    skippedRows: z.number().int().nonnegative(),
    newBenchmarks: z.number().int().nonnegative(),
  }),
  choices: z.object({
    sheets: z.object({ names: z.array(z.string()), read: z.string() }).nullable(),
    metrics: z.record(z.string(), z.array(z.string())),
  }),
});
export type ImportPreviewWire = z.infer<typeof ImportPreviewSchema>;

/** The mapping the user chose so far; what it does not give is detected. */
export const PartialImportMappingSchema = ImportMappingSchema.partial();
export const ImportEditsSchema = z.array(ImportEditSchema).max(100_000);
/** XLSX: the worksheet to read (default: the first). */
export const SheetSchema = z.string().min(1).max(255);

/** An import the UI follows (progress, cancel) under an id of its choosing. */
export const ImportJobIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'letters, digits and - (at most 64)');

/** How far a followed import has read its file (characters of a text file); null when no such import runs. */
export const ImportProgressSchema = z
  .object({ done: z.number().nonnegative(), total: z.number().nonnegative() })
  .nullable();

/**
 * shared/dataset/merge.ts MergeOutcome as it crosses: the merged dataset and the id the host holds it under, or the
 * problems and no change.
 */
export const CommitImportResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    dataset: DatasetSchema,
    datasetId: DatasetIdSchema,
    added: z.object({
      observations: z.number().int().nonnegative(),
      models: z.number().int().nonnegative(),
      benchmarks: z.number().int().nonnegative(),
      sources: z.number().int().nonnegative(),
    }),
  }),
  z.object({ ok: z.literal(false), problems: z.array(ImportProblemSchema) }),
]);

export const ExportFormatSchema = z.enum(['csv', 'xlsx']);

/** Where an export was written and how big it is; null = the user cancelled the dialog. */
export const ExportResultSchema = z.object({ path: z.string(), bytes: z.number().int().nonnegative() }).nullable();
