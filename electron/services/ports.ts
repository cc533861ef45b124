import type { ReportView } from '../../shared/api/http';

/**
 * The capabilities a host gives the services. Electron passes native implementations; the browser host
 * passes none for dialogs (the UI uses its in-app picker) and a headless-Chromium printer.
 */

/** What an Open dialog asks for: a scenario (.sewb) or a data file to import (csv, tsv, txt, xlsx, json). */
export type OpenKind = 'scenario' | 'import';

/** Extensions (without the dot) of the files Import reads. */
export const IMPORT_EXTENSIONS = ['csv', 'tsv', 'txt', 'xlsx', 'parquet', 'json'] as const;

export interface FileDialogs {
  /** Asks for a scenario file (default) or a data file to import to open; null when the user cancels. */
  pickOpenPath(kind?: OpenKind): Promise<string | null>;
  /** Asks where to save; `ext` is the extension without a dot ("sewb", "pdf"); null when cancelled. */
  pickSavePath(suggestedName: string, ext: string): Promise<string | null>;
}

export interface ReportPrinter {
  /** Renders the report view of job `jobId` (a comparison job with view "comparison") and resolves with the PDF bytes. */
  print(jobId: string, view?: ReportView): Promise<Uint8Array>;
}

interface ExternalOpener {
  /** Opens an http(s) address in the OS browser. */
  openExternal(url: string): Promise<void>;
}

/** Decides which files the services may touch; every method throws WorkbenchError 'forbidden' when not allowed. */
export interface PathPolicy {
  /** The absolute, symlink-free path to read. */
  resolveRead(path: string): Promise<string>;
  /** The absolute path to write (its folder symlink-free). */
  resolveWrite(path: string): Promise<string>;
  /** Records a path the user chose in a native dialog or handed to the app (Electron); ignored where confined. */
  grant(path: string): void;
}

export interface ServicePorts {
  dialogs?: FileDialogs;
  printer?: ReportPrinter;
  opener?: ExternalOpener;
  /** Default: confined to the workspace and data folders on the browser host, granted paths in Electron. */
  paths?: PathPolicy;
}
