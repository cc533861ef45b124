import { z } from 'zod';
import { DatasetSchema, IdSchema } from '../domain/dataset';
import { ScenarioSchema } from '../domain/scenario';
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
 * The id of one open document: one per page in the browser host (kept in sessionStorage, so a reload
 * keeps it) and per window in Electron; its recovery copy is kept under it.
 */
export const DocumentIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

const RecoveryCopySchema = z.object({
  document: DocumentIdSchema,
  scenario: ScenarioSchema,
  savedAt: z.string(),
});
export type RecoveryCopy = z.infer<typeof RecoveryCopySchema>;
/** The "What it takes" goal chosen in the Results view, printed in the report: a model id and the goal's text. */
const WhatIfChoiceSchema = z.object({ model: z.string().min(1).max(200), goal: z.string().min(1).max(300) }).strict();

/** The language the report is printed in (the UI's); the report view's own default otherwise. */
const ReportLanguageSchema = z.enum(['ko', 'en']);

export const contract = {
  getAppInfo: { request: Empty, response: AppInfoSchema },
  listBundled: {
    request: Empty,
    response: z.object({ datasets: z.array(BundledItemSchema), scenarios: z.array(BundledItemSchema) }),
  },
  loadBundledDataset: { request: z.object({ id: IdSchema }).strict(), response: DatasetSchema },
  loadBundledScenario: {
    request: z.object({ id: IdSchema }).strict(),
    response: z.object({ scenario: ScenarioSchema }),
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
    response: z.object({ path: z.string(), scenario: ScenarioSchema, fingerprint: FingerprintSchema }).nullable(),
  },
  /**
   * Saves atomically; path null = Save As (native dialog, which asks before replacing); null result =
   * cancelled. Unless `overwrite`, the file on disk must still be the one this document knows: `expected`
   * is the fingerprint it opened or last saved ('conflict' when the file changed or is gone), null when
   * it is a new file ('exists' when one is there). Returns the fingerprint of what was written.
   */
  saveScenario: {
    request: z
      .object({
        path: FilePath.nullable(),
        scenario: ScenarioSchema,
        expected: FingerprintSchema.nullable(),
        overwrite: z.boolean().optional(),
      })
      .strict(),
    response: z.object({ path: z.string(), savedAt: z.string(), fingerprint: FingerprintSchema }).nullable(),
  },
  recentFiles: { request: Empty, response: z.object({ files: z.array(RecentFileSchema) }) },
  /** Prints the report view of `scenario` to an A4 PDF. path null = ask; null result = cancelled. */
  exportPdf: {
    request: z
      .object({
        path: FilePath.nullable(),
        scenario: ScenarioSchema,
        language: ReportLanguageSchema.optional(),
        whatIf: WhatIfChoiceSchema.optional(),
      })
      .strict(),
    response: z.object({ path: z.string(), bytes: z.number().int().nonnegative() }).nullable(),
  },
  /** The scenario of a pending report job; called by the report view inside the printing window. */
  getReportJob: {
    request: z.object({ id: z.string().regex(/^[a-f0-9-]{8,64}$/) }).strict(),
    response: z.object({
      scenario: ScenarioSchema,
      generatedAt: z.string(),
      language: ReportLanguageSchema.optional(),
      whatIf: WhatIfChoiceSchema.optional(),
    }),
  },
  /** Opens an http(s) link in the OS browser (Electron); other schemes are refused. */
  openExternal: { request: z.object({ url: z.string().url().max(4096) }).strict(), response: Ok },
  /** Keeps a copy of the unsaved work of `document` in the recovery folder (one file per document). */
  autosave: { request: z.object({ document: DocumentIdSchema, scenario: ScenarioSchema }).strict(), response: Ok },
  /**
   * The recovery copies `document` may take back: its own (a reload) and those of documents no live page
   * or window holds (closed or crashed). The caller counts as live from now on.
   */
  listRecovery: {
    request: z.object({ document: DocumentIdSchema }).strict(),
    response: z.object({ copies: z.array(RecoveryCopySchema) }),
  },
  /** Removes the recovery copy of `document` (after a save, a restore into another document, a discard). */
  clearRecovery: { request: z.object({ document: DocumentIdSchema }).strict(), response: Ok },
  /** `document` is still open (sent now and then); its recovery copy is not offered to other pages. */
  keepDocument: { request: z.object({ document: DocumentIdSchema }).strict(), response: Ok },
  /** `document` was closed: from now on its recovery copy, if any, is offered at the next start. */
  releaseDocument: { request: z.object({ document: DocumentIdSchema }).strict(), response: Ok },
  /**
   * Reads a CSV/TSV/TXT/XLSX/JSON file and checks it against `dataset` with the mapping and edits so far;
   * nothing is changed. path null = ask with the native dialog; null result = cancelled.
   */
  previewImport: {
    request: z
      .object({
        path: FilePath.nullable(),
        dataset: DatasetSchema,
        mapping: PartialImportMappingSchema.optional(),
        edits: ImportEditsSchema.optional(),
        sheet: SheetSchema.optional(),
        job: ImportJobIdSchema.optional(),
      })
      .strict(),
    response: z.object({ path: z.string(), preview: ImportPreviewSchema }).nullable(),
  },
  /** Reads the file again with the mapping and edits and merges it into `dataset`: all or nothing. */
  commitImport: {
    request: z
      .object({
        path: FilePath,
        dataset: DatasetSchema,
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
  /** Writes the dataset in long layout to CSV or XLSX. path null = ask; null result = cancelled. */
  exportDataset: {
    request: z.object({ path: FilePath.nullable(), dataset: DatasetSchema, format: ExportFormatSchema }).strict(),
    response: ExportResultSchema,
  },
  /** Writes the scenario's decision matrix (XLSX: and its provenance) to CSV or XLSX. path null = ask. */
  exportMatrix: {
    request: z.object({ path: FilePath.nullable(), scenario: ScenarioSchema, format: ExportFormatSchema }).strict(),
    response: ExportResultSchema,
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

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
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);

/** IPC channel of a method. */
export const channelOf = (method: MethodName): string => `workbench:${method}`;
