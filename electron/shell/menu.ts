import type { MenuItemConstructorOptions } from 'electron';
import type { ShellCommand } from '../../shared/api/shell-commands';

interface MenuOptions {
  appName: string;
  isMac: boolean;
  /** Reload and developer tools exist only under `electron-vite dev`. */
  isDev: boolean;
  /** Sends a command to the focused window's renderer. */
  send(command: ShellCommand): void;
  showAbout(): void;
}

/**
 * The application menu. File commands go to the renderer (it owns the document state and asks for
 * paths through WorkbenchApi); Edit and zoom use Chromium's roles, so they also work inside inputs.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { appName, isMac, isDev, send, showAbout } = options;
  const command = (
    label: string,
    accelerator: string,
    type: 'open' | 'save' | 'save-as' | 'export-pdf' | 'import',
  ) => ({
    label,
    accelerator,
    click: () => send({ type }),
  });
  const exportData = (label: string, what: 'dataset' | 'matrix', format: 'csv' | 'xlsx') => ({
    label,
    click: () => send({ type: 'export-data', what, format }),
  });
  const about = { label: `About ${appName}`, click: showAbout };
  const macApp: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            about,
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [
    ...macApp,
    {
      label: '&File',
      submenu: [
        command('&Open…', 'CmdOrCtrl+O', 'open'),
        { type: 'separator' },
        command('&Save', 'CmdOrCtrl+S', 'save'),
        command('Save &As…', 'CmdOrCtrl+Shift+S', 'save-as'),
        { type: 'separator' },
        command('&Export PDF…', 'CmdOrCtrl+P', 'export-pdf'),
        { type: 'separator' },
        command('&Import data…', 'CmdOrCtrl+I', 'import'),
        {
          label: 'Export &data',
          submenu: [
            exportData('Dataset as CSV…', 'dataset', 'csv'),
            exportData('Dataset as XLSX…', 'dataset', 'xlsx'),
            exportData('Decision matrix as CSV…', 'matrix', 'csv'),
            exportData('Decision matrix as XLSX…', 'matrix', 'xlsx'),
          ],
        },
        ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: '&Quit' } as const]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        ...(isDev
          ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const]
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: '&Help', role: 'help', submenu: [about] },
  ];
}
