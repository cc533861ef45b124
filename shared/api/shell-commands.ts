import { z } from 'zod';
import { contract } from './contract';

/**
 * The shell's small channel beside WorkbenchApi: main → renderer commands (menu items, a scenario the
 * OS asked to open, a close request) and one renderer → main reply (close confirmed).
 * No electron import here: main, preload, the renderer and tests share it.
 */
export const SHELL_COMMAND_CHANNEL = 'workbench-shell:command';
export const CLOSE_CONFIRMED_CHANNEL = 'workbench-shell:close-confirmed';

export const ShellCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('open') }),
  z.object({ type: z.literal('save') }),
  z.object({ type: z.literal('save-as') }),
  z.object({ type: z.literal('export-pdf') }),
  z.object({ type: z.literal('import') }),
  /** Export data: the dataset or the decision matrix, as CSV or XLSX. */
  z.object({ type: z.literal('export-data'), what: z.enum(['dataset', 'matrix']), format: z.enum(['csv', 'xlsx']) }),
  /** The window is about to close: check for unsaved changes, then call confirmClose() to let it close. */
  z.object({ type: z.literal('close-requested') }),
  /** A .sewb given on the command line or by the OS, opened by the main process as a document (openScenario's reply). */
  z.object({ type: z.literal('open-scenario'), opened: contract.openScenario.response.unwrap() }),
]);
export type ShellCommand = z.infer<typeof ShellCommandSchema>;

/** What the preload exposes as window.workbenchShell (Electron only; absent in the browser host). */
export interface WorkbenchShell {
  /** Subscribes to shell commands; returns the unsubscribe function. */
  onCommand(callback: (command: ShellCommand) => void): () => void;
  /** Answers a 'close-requested' command: the user has saved or chosen to discard; the window closes. */
  confirmClose(): void;
}
