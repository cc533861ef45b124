import type { BrowserWindow, IpcMain, IpcMainEvent } from 'electron';
import { CLOSE_CONFIRMED_CHANNEL, SHELL_COMMAND_CHANNEL, type ShellCommand } from '../../shared/api/shell-commands';

/**
 * Unsaved changes on close: a close is held back and the window's renderer gets 'close-requested';
 * the window closes once that renderer calls workbenchShell.confirmClose() (after saving or discarding).
 * A page that failed to load or a renderer that crashed has nothing to save and cannot hold it open.
 */
export function attachCloseGuard(window: BrowserWindow, ipcMain: Pick<IpcMain, 'on' | 'removeListener'>): void {
  const contents = window.webContents;
  let confirmed = false;
  let unguarded = false;
  const allowClose = () => {
    confirmed = true;
    if (!window.isDestroyed()) window.close();
  };
  window.on('close', (event) => {
    if (confirmed || unguarded) return;
    event.preventDefault();
    const command: ShellCommand = { type: 'close-requested' };
    contents.send(SHELL_COMMAND_CHANNEL, command);
  });
  const onConfirmed = (event: IpcMainEvent) => {
    if (event.sender === contents) allowClose();
  };
  ipcMain.on(CLOSE_CONFIRMED_CHANNEL, onConfirmed);
  contents.on('render-process-gone', () => {
    unguarded = true;
  });
  contents.on('did-fail-load', (_event, _code, _description, _url, isMainFrame) => {
    if (isMainFrame) unguarded = true;
  });
  contents.on('did-finish-load', () => {
    unguarded = false;
  });
  window.on('closed', () => ipcMain.removeListener(CLOSE_CONFIRMED_CHANNEL, onConfirmed));
}
