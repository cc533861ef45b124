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

export const AppInfoSchema = z.object({
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  /** BCP 47 locale of the OS (Electron) or of the host process (browser host). */
  locale: z.string(),
  /** Folder the in-app file picker starts in (browser host); null where native dialogs are used. */
  workspace: z.string().nullable(),
  nativeDialogs: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const BundledItemSchema = z.object({ id: IdSchema, name: z.string() });

export const DirEntrySchema = z.object({
  name: z.string(),
  path: z.string(),
  kind: z.enum(['file', 'directory']),
  size: z.number().nonnegative(),
  modifiedAt: z.string(),
});
export type DirEntry = z.infer<typeof DirEntrySchema>;

export const RecentFileSchema = z.object({ path: z.string(), name: z.string(), openedAt: z.string() });
export type RecentFile = z.infer<typeof RecentFileSchema>;

const FilePath = z.string().min(1).max(4096);
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
  /** Opens a scenario file. path null = ask with the native dialog; null result = cancelled. */
  openScenario: {
    request: z.object({ path: FilePath.nullable() }).strict(),
    response: z.object({ path: z.string(), scenario: ScenarioSchema }).nullable(),
  },
  /** Saves atomically. path null = Save As (native dialog); null result = cancelled. */
  saveScenario: {
    request: z.object({ path: FilePath.nullable(), scenario: ScenarioSchema }).strict(),
    response: z.object({ path: z.string(), savedAt: z.string() }).nullable(),
  },
  recentFiles: { request: Empty, response: z.object({ files: z.array(RecentFileSchema) }) },
  /** Prints the report view of `scenario` to an A4 PDF. path null = ask; null result = cancelled. */
  exportPdf: {
    request: z
      .object({ path: FilePath.nullable(), scenario: ScenarioSchema, language: ReportLanguageSchema.optional() })
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
    }),
  },
  /** Opens an http(s) link in the OS browser (Electron); other schemes are refused. */
  openExternal: { request: z.object({ url: z.string().url().max(4096) }).strict(), response: Ok },
  /** Keeps a copy of unsaved work in the recovery folder. */
  autosave: { request: z.object({ scenario: ScenarioSchema }).strict(), response: Ok },
  getRecovery: {
    request: Empty,
    response: z.object({ scenario: ScenarioSchema, savedAt: z.string() }).nullable(),
  },
  clearRecovery: { request: Empty, response: Ok },
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

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type ApiRequest<M extends MethodName> = z.input<Contract[M]['request']>;
export type ApiResponse<M extends MethodName> = z.output<Contract[M]['response']>;

export type WorkbenchApi = { [M in MethodName]: (request: ApiRequest<M>) => Promise<ApiResponse<M>> };

export const methodNames = Object.keys(contract) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);

/** IPC channel of a method. */
export const channelOf = (method: MethodName): string => `workbench:${method}`;
