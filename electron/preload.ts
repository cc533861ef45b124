import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, type WorkbenchApi } from '../shared/api/contract';
import { createApiClient } from '../shared/api/transport';
import {
  CLOSE_CONFIRMED_CHANNEL,
  SHELL_COMMAND_CHANNEL,
  ShellCommandSchema,
  type ShellCommand,
  type WorkbenchShell,
} from '../shared/api/shell-commands';

/**
 * Sandboxed preload: the page gets window.workbench (the WorkbenchApi over IPC, requests and responses
 * parsed with the contract's schemas) and window.workbenchShell (menu commands). ipcRenderer itself
 * never reaches the page.
 */
const client = createApiClient((method, request) => ipcRenderer.invoke(channelOf(method), request));

const workbench = {
  getAppInfo: client.getAppInfo,
  listBundled: client.listBundled,
  loadBundledDataset: client.loadBundledDataset,
  loadBundledScenario: client.loadBundledScenario,
  getDataset: client.getDataset,
  putDataset: client.putDataset,
  newDocument: client.newDocument,
  listDirectory: client.listDirectory,
  openScenario: client.openScenario,
  saveScenario: client.saveScenario,
  recentFiles: client.recentFiles,
  exportPdf: client.exportPdf,
  getReportJob: client.getReportJob,
  exportComparisonPdf: client.exportComparisonPdf,
  getComparisonJob: client.getComparisonJob,
  openExternal: client.openExternal,
  autosave: client.autosave,
  listRecovery: client.listRecovery,
  restoreRecovery: client.restoreRecovery,
  clearRecovery: client.clearRecovery,
  keepDocument: client.keepDocument,
  releaseDocument: client.releaseDocument,
  previewImport: client.previewImport,
  commitImport: client.commitImport,
  importProgress: client.importProgress,
  cancelImport: client.cancelImport,
  exportDataset: client.exportDataset,
  exportMatrix: client.exportMatrix,
} satisfies WorkbenchApi;

const listeners = new Set<(command: ShellCommand) => void>();
/** Commands that arrive before the page subscribes (a file opened at launch) wait for the first listener. */
const pending: ShellCommand[] = [];
const confirmClose = () => ipcRenderer.send(CLOSE_CONFIRMED_CHANNEL);

ipcRenderer.on(SHELL_COMMAND_CHANNEL, (_event, raw: unknown) => {
  const parsed = ShellCommandSchema.safeParse(raw);
  if (!parsed.success) {
    console.error('workbenchShell: malformed command from the main process', parsed.error.issues[0]);
    return;
  }
  // A page that never subscribed (failed to load, report view) cannot have unsaved work.
  if (listeners.size === 0)
    return parsed.data.type === 'close-requested' ? confirmClose() : void pending.push(parsed.data);
  for (const listener of listeners) listener(parsed.data);
});

const workbenchShell: WorkbenchShell = {
  onCommand(callback) {
    listeners.add(callback);
    for (const command of pending.splice(0)) callback(command);
    return () => void listeners.delete(callback);
  },
  confirmClose,
};

contextBridge.exposeInMainWorld('workbench', workbench);
contextBridge.exposeInMainWorld('workbenchShell', workbenchShell);
