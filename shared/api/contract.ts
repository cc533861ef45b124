import { z } from 'zod';
import { IdSchema } from '../domain/dataset';
import { ScenarioBodySchema, ScenarioSchema } from '../domain/scenario';
import {
  CommitImportResultSchema,
  ExportFormatSchema,
  ExportResultSchema,
  ImportEditsSchema,
  ImportJobIdSchema,
  ImportPreviewSchema,
  ImportProgressSchema,
  PartialImportMappingSchema,
  SheetSchema,
} from './import-schemas';
import { DatasetIdSchema, DocumentIdSchema } from './ids';

export { DatasetIdSchema, DocumentIdSchema };

/** The one typed contract between the renderer and its host (Electron IPC or the browser host's HTTP). */

const Empty = z.object({}).strict();
const Ok = z.object({}).strict();

const AppInfoSchema = z.object({
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  /** BCP 47 locale of the OS (Electron) or of the host process (browser host). */
  locale: z.string(),
  /** Folder the in-app file picker starts in (browser host); null where native dialogs are used. */
  workspace: z.string().nullable(),
  nativeDialogs: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

const BundledItemSchema = z.object({ id: IdSchema, name: z.string() });

const DirEntrySchema = z.object({
  name: z.string(),
  path: z.string(),
  kind: z.enum(['file', 'directory']),
  size: z.number().nonnegative(),
  modifiedAt: z.string(),
});
export type DirEntry = z.infer<typeof DirEntrySchema>;

export const RecentFileSchema = z.object({ path: z.string(), name: z.string(), openedAt: z.string() });
export type RecentFile = z.infer<typeof RecentFileSchema>;

/** Marks the request fields that name a file or folder (see filePathFields). */
const FILE_PATH_FIELD = 'file-path';
/** A path from the page: no NUL or other control characters (a NUL would truncate it at the OS). */
const FilePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => !/\p{Cc}/u.test(path), 'must not contain control characters (such as NUL or a line break)')
  .describe(FILE_PATH_FIELD);

/** A file's content fingerprint: SHA-256 of its bytes, so a touch does not change it but any edit does. */
export const FingerprintSchema = z.string().regex(/^sha256:[0-9a-f]{64}$/);
export type Fingerprint = z.infer<typeof FingerprintSchema>;

/**
 * A document the host now holds: its id, the id of its dataset (fetched with getDataset) and the scenario
 * without that dataset.
 */
/**
 * A dataset as bytes: the dataset wire format of shared/dataset/dataset-wire.ts (a small JSON part with the
 * models, benchmarks and sources, then the observations as an Apache Arrow IPC file). This schema only checks
 * that bytes arrived; the receiver reads and checks them column by column (readDatasetWire), since zod over
 * 2,000,000 row objects is what made large datasets slow.
 */
const DatasetBytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, {
  message: 'expected dataset wire bytes (a Uint8Array)',
});

/**
 * A method that does not cross as JSON both ways. `request`: its request is the one bytes field named, sent over
 * HTTP as the whole body (DATASET_WIRE_TYPE) and rebuilt as `{ [field]: bytes }` by the route; `response`: its
 * result is bytes, sent over HTTP as the body of a 200 (errors stay JSON envelopes). Over Electron IPC the bytes
 * are a Uint8Array inside the usual request and envelope (structured clone); nothing else differs.
 */
export type BinaryWire = { readonly request: string } | { readonly response: true };

const HeldDocumentShape = { document: DocumentIdSchema, datasetId: DatasetIdSchema, scenario: ScenarioBodySchema };
/** What a request about a document's scenario sends: the scenario without its dataset, which the host holds. */
const ScenarioRequestShape = { datasetId: DatasetIdSchema, scenario: ScenarioBodySchema };

const RecoveryCopySchema = z.object({ document: DocumentIdSchema, name: z.string(), savedAt: z.string() });
export type RecoveryCopy = z.infer<typeof RecoveryCopySchema>;
/** The "What it takes" goal chosen in the Results view, printed in the report: a model id and the goal's text. */
const WhatIfChoiceSchema = z.object({ model: z.string().min(1).max(200), goal: z.string().min(1).max(300) }).strict();

/** The language the report is printed in (the UI's); the report view's own default otherwise. */
const ReportLanguageSchema = z.enum(['ko', 'en']);
/** One scenario of a comparison, under the name its document shows. */
const ComparedDocumentSchema = z.object({ name: z.string().min(1).max(300), scenario: ScenarioSchema }).strict();

export const contract = {
  getAppInfo: { request: Empty, response: AppInfoSchema },
  listBundled: {
    request: Empty,
    response: z.object({ datasets: z.array(BundledItemSchema), scenarios: z.array(BundledItemSchema) }),
  },
  /** A bundled dataset as dataset wire bytes (binary response, as getDataset). */
  loadBundledDataset: {
    request: z.object({ id: IdSchema }).strict(),
    response: DatasetBytesSchema,
    binary: { response: true },
  },
  /** Opens a bundled scenario as a new document (no file). */
  loadBundledScenario: {
    request: z.object({ id: IdSchema }).strict(),
    response: z.object(HeldDocumentShape),
  },
  /**
   * A dataset the host holds (an unknown or released id is the error 'unknown-dataset'), as dataset wire bytes
   * (binary response: see DatasetBytesSchema).
   */
  getDataset: {
    request: z.object({ datasetId: DatasetIdSchema }).strict(),
    response: DatasetBytesSchema,
    binary: { response: true },
  },
  /**
   * Hands the host a dataset made in the page, as dataset wire bytes (binary request: the field `dataset` is the
   * whole request body); it is held under the id returned. The host checks the bytes column by column.
   */
  putDataset: {
    request: z.object({ dataset: DatasetBytesSchema }).strict(),
    response: z.object({ datasetId: DatasetIdSchema }),
    binary: { request: 'dataset' },
  },
  /** A new document without a file over a dataset the host holds (a duplicate, a variant). */
  newDocument: {
    request: z.object({ datasetId: DatasetIdSchema }).strict(),
    response: z.object({ document: DocumentIdSchema }),
  },
  /** Lists a folder inside the workspace (browser host's in-app picker). dir null = the workspace. */
  listDirectory: {
    request: z.object({ dir: FilePath.nullable() }).strict(),
    response: z.object({ dir: z.string(), parent: z.string().nullable(), entries: z.array(DirEntrySchema) }),
  },
  /**
   * Opens a scenario file. path null = ask with the native dialog; null result = cancelled. `fingerprint`
   * is the file as read, for the next save's check.
   */
  openScenario: {
    request: z.object({ path: FilePath.nullable() }).strict(),
    response: z.object({ ...HeldDocumentShape, path: z.string(), fingerprint: FingerprintSchema }).nullable(),
  },
  /**
   * Saves atomically; path null = Save As (native dialog, which asks before replacing); null result =
   * cancelled. Unless `overwrite`, the file on disk must still be the one this document knows: `expected`
   * is the fingerprint it opened or last saved ('conflict' when the file changed or is gone), null when
   * it is a new file ('exists' when one is there). Returns the fingerprint of what was written. The file is
   * `scenario` over the dataset the host holds as `datasetId`.
   */
  saveScenario: {
    request: z
      .object({
        document: DocumentIdSchema,
        ...ScenarioRequestShape,
        path: FilePath.nullable(),
        expected: FingerprintSchema.nullable(),
        overwrite: z.boolean().optional(),
      })
      .strict(),
    response: z.object({ path: z.string(), savedAt: z.string(), fingerprint: FingerprintSchema }).nullable(),
  },
  recentFiles: { request: Empty, response: z.object({ files: z.array(RecentFileSchema) }) },
  /** Prints the report view of `scenario` (over `datasetId`) to an A4 PDF. path null = ask; null result = cancelled. */
  exportPdf: {
    request: z
      .object({
        ...ScenarioRequestShape,
        path: FilePath.nullable(),
        language: ReportLanguageSchema.optional(),
        whatIf: WhatIfChoiceSchema.optional(),
      })
      .strict(),
    response: z.object({ path: z.string(), bytes: z.number().int().nonnegative() }).nullable(),
  },
  /** The scenario (with its dataset) of a pending report job; called by the report view inside the printing window. */
  getReportJob: {
    request: z.object({ id: z.string().regex(/^[a-f0-9-]{8,64}$/) }).strict(),
    response: z.object({
      scenario: ScenarioSchema,
      generatedAt: z.string(),
      language: ReportLanguageSchema.optional(),
      whatIf: WhatIfChoiceSchema.optional(),
    }),
  },
  /**
   * Prints the comparison of two to four scenarios (each under its document's name) to an A4 PDF: the change
   * lines and the inputs and outcomes tables of the Compare view. path null = ask; null result = cancelled.
   */
  exportComparisonPdf: {
    request: z
      .object({
        path: FilePath.nullable(),
        documents: z
          .array(z.object({ name: z.string().min(1).max(300), ...ScenarioRequestShape }).strict())
          .min(2)
          .max(4),
        language: ReportLanguageSchema.optional(),
      })
      .strict(),
    response: z.object({ path: z.string(), bytes: z.number().int().nonnegative() }).nullable(),
  },
  /** The documents of a pending comparison job; called by the comparison report view inside the printing window. */
  getComparisonJob: {
    request: z.object({ id: z.string().regex(/^[a-f0-9-]{8,64}$/) }).strict(),
    response: z.object({
      documents: z.array(ComparedDocumentSchema).min(2).max(4),
      generatedAt: z.string(),
      language: ReportLanguageSchema.optional(),
    }),
  },
  /** Opens an http(s) link in the OS browser (Electron); other schemes are refused. */
  openExternal: { request: z.object({ url: z.string().url().max(4096) }).strict(), response: Ok },
  /**
   * Keeps a copy of the unsaved work of `document` (`scenario` over `datasetId`) in the recovery folder, one
   * file per document.
   */
  autosave: {
    request: z.object({ document: DocumentIdSchema, ...ScenarioRequestShape }).strict(),
    response: Ok,
  },
  /** The recovery copies of documents no live page or window holds (closed or crashed), newest first. */
  listRecovery: { request: Empty, response: z.object({ copies: z.array(RecoveryCopySchema) }) },
  /**
   * Opens the recovery copy of `document` again as that document (no file); 'conflict' when a live page
   * holds it.
   */
  restoreRecovery: {
    request: z.object({ document: DocumentIdSchema }).strict(),
    response: z.object({ ...HeldDocumentShape, savedAt: z.string() }),
  },
  /** Removes the recovery copy of `document` (after a save, a restore into another document, a discard). */
  clearRecovery: { request: z.object({ document: DocumentIdSchema }).strict(), response: Ok },
  /** `document` is still open (sent now and then); its recovery copy is not offered to other pages. */
  keepDocument: { request: z.object({ document: DocumentIdSchema }).strict(), response: Ok },
  /** `document` was closed: from now on its recovery copy, if any, is offered at the next start. */
  releaseDocument: { request: z.object({ document: DocumentIdSchema }).strict(), response: Ok },
  /**
   * Reads a CSV/TSV/TXT/XLSX/JSON file and checks it against the dataset held as `datasetId` with the mapping
   * and edits so far; nothing is changed. path null = ask with the native dialog; null result = cancelled.
   */
  previewImport: {
    request: z
      .object({
        path: FilePath.nullable(),
        datasetId: DatasetIdSchema,
        mapping: PartialImportMappingSchema.optional(),
        edits: ImportEditsSchema.optional(),
        sheet: SheetSchema.optional(),
        job: ImportJobIdSchema.optional(),
      })
      .strict(),
    response: z.object({ path: z.string(), preview: ImportPreviewSchema }).nullable(),
  },
  /**
   * Reads the file again with the mapping and edits and merges it into the dataset held as `datasetId`: all or
   * nothing. The merged dataset is held for `document` under the `datasetId` of the result.
   */
  commitImport: {
    request: z
      .object({
        document: DocumentIdSchema,
        path: FilePath,
        datasetId: DatasetIdSchema,
        mapping: PartialImportMappingSchema,
        edits: ImportEditsSchema,
        sheet: SheetSchema.optional(),
        job: ImportJobIdSchema.optional(),
      })
      .strict(),
    response: CommitImportResultSchema,
  },
  /** How far the import running as `job` (see previewImport, commitImport) has read its file. */
  importProgress: { request: z.object({ job: ImportJobIdSchema }).strict(), response: ImportProgressSchema },
  /** Stops the import running as `job`; it answers "cancelled" and nothing is merged. */
  cancelImport: { request: z.object({ job: ImportJobIdSchema }).strict(), response: Ok },
  /** Writes the dataset held as `datasetId` in long layout to CSV or XLSX. path null = ask; null result = cancelled. */
  exportDataset: {
    request: z.object({ path: FilePath.nullable(), datasetId: DatasetIdSchema, format: ExportFormatSchema }).strict(),
    response: ExportResultSchema,
  },
  /** Writes the scenario's decision matrix (XLSX: and its provenance) to CSV or XLSX. path null = ask. */
  exportMatrix: {
    request: z.object({ ...ScenarioRequestShape, path: FilePath.nullable(), format: ExportFormatSchema }).strict(),
    response: ExportResultSchema,
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType; binary?: BinaryWire }>;

type Contract = typeof contract;
export type MethodName = keyof Contract;
type ApiRequest<M extends MethodName> = z.input<Contract[M]['request']>;
export type ApiResponse<M extends MethodName> = z.output<Contract[M]['response']>;

export type WorkbenchApi = { [M in MethodName]: (request: ApiRequest<M>) => Promise<ApiResponse<M>> };

export const methodNames = Object.keys(contract) as MethodName[];

/** The request fields of `method` that name a file or folder (FilePath fields, nullable or not). */
export function filePathFields(method: MethodName): string[] {
  const request = contract[method].request as z.ZodObject<z.ZodRawShape>;
  return Object.entries(request.shape)
    .filter(([, field]) => {
      const inner = field instanceof z.ZodNullable || field instanceof z.ZodOptional ? field.unwrap() : field;
      return (inner as z.ZodType).description === FILE_PATH_FIELD;
    })
    .map(([name]) => name);
}
/** How `method` crosses HTTP when not JSON both ways (see BinaryWire); undefined for JSON methods. */
export function binaryWireOf(method: MethodName): BinaryWire | undefined {
  return (contract[method] as { binary?: BinaryWire }).binary;
}
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);

/** IPC channel of a method. */
export const channelOf = (method: MethodName): string => `workbench:${method}`;
