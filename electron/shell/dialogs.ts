import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import { IMPORT_EXTENSIONS, type OpenKind } from '../services/ports';

const SCENARIO_FILTER: FileFilter = { name: 'Scenario (*.sewb)', extensions: ['sewb'] };
const PDF_FILTER: FileFilter = { name: 'PDF document (*.pdf)', extensions: ['pdf'] };
const IMPORT_FILTER: FileFilter = {
  name: 'Data (*.csv, *.tsv, *.txt, *.xlsx, *.parquet, *.json)',
  extensions: [...IMPORT_EXTENSIONS],
};

/** Filters of a Save dialog for a file extension ("sewb", ".pdf", …). */
function saveFilters(ext: string): FileFilter[] {
  const bare = ext.replace(/^\./, '').toLowerCase();
  if (bare === 'sewb') return [SCENARIO_FILTER];
  if (bare === 'pdf') return [PDF_FILTER];
  return [{ name: `*.${bare}`, extensions: [bare] }];
}

/** Appends `.ext` when the user typed a name without it (Linux dialogs do not add it). */
function withExtension(path: string, ext: string): string {
  const bare = ext.replace(/^\./, '');
  return path.toLowerCase().endsWith(`.${bare.toLowerCase()}`) ? path : `${path}.${bare}`;
}

/**
 * The FileDialogs port of the services (electron/services/ports.ts), on Electron's native dialogs,
 * modal to the window that asked. Cancel gives null.
 */
export function createNativeFileDialogs(getWindow: () => BrowserWindow | null) {
  return {
    async pickOpenPath(kind: OpenKind = 'scenario'): Promise<string | null> {
      const options = {
        properties: ['openFile' as const],
        filters: [kind === 'import' ? IMPORT_FILTER : SCENARIO_FILTER],
      };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async pickSavePath(suggestedName: string, ext: string): Promise<string | null> {
      const options = { defaultPath: withExtension(suggestedName, ext), filters: saveFilters(ext) };
      const window = getWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : withExtension(result.filePath, ext);
    },
  };
}
