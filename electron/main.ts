/**
 * The desktop composition root: one instance, the app:// protocol serving out/renderer, a secure
 * session and window, the services wired with Electron's ports (native dialogs, hidden-window PDF
 * printer, OS browser, granted paths), IPC, the menu, and scenario files handed over by the OS.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { WorkbenchError } from '../shared/api/errors';
import { REPORT_QUERY } from '../shared/api/http';
import { createGrantedPolicy } from './services/path-policy';
import { createRecentFiles } from './services/recent-files';
import { createPathRedactor, redactErrorBody } from './services/redact-paths';
import { createWorkbenchService, sweepServiceTemps } from './services/workbench';
import { createAppOrigin, APP_SCHEME } from './shell/app-origin';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './shell/app-protocol';
import { scenarioPathFromArgv } from './shell/argv';
import { attachCloseGuard } from './shell/close-guard';
import { SHELL_COMMAND_CHANNEL, type ShellCommand } from '../shared/api/shell-commands';
import { createNativeFileDialogs } from './shell/dialogs';
import { registerWorkbenchIpc } from './shell/ipc';
import { buildMenuTemplate } from './shell/menu';
import { openScenarioFromOs } from './shell/open-scenario';
import { createPdfPrinter } from './shell/pdf-printer';
import { applySessionPolicy, hardenWebContents, isExternalHttpUrl, secureWebPreferences } from './shell/security';

// A separate profile for tests and side-by-side runs; must be set before anything reads userData.
if (process.env.WORKBENCH_USER_DATA_DIR) app.setPath('userData', process.env.WORKBENCH_USER_DATA_DIR);

// The dev server URL is honoured only in an unpackaged run (`electron-vite dev`), never in a release.
const origin = createAppOrigin(app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL);
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  const webPreferences = secureWebPreferences(join(__dirname, '../preload/preload.cjs'));
  const dataDir = app.isPackaged ? join(process.resourcesPath, 'data') : join(app.getAppPath(), 'data');
  let mainWindow: BrowserWindow | null = null;
  /** Files the OS handed over before the window existed (macOS open-file at launch). */
  const early: string[] = [];
  let openPath = (path: string) => void early.push(path);

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPath(path);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    const path = scenarioPathFromArgv(argv, workingDirectory);
    if (path) openPath(path);
  });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(async () => {
    protocol.handle(APP_SCHEME, createAppProtocolHandler(join(__dirname, '../renderer')));
    applySessionPolicy(session.defaultSession, origin);

    const userDataDir = app.getPath('userData');
    await sweepServiceTemps({ workspaceDir: null, userDataDir }).catch(() => undefined);
    const recent = createRecentFiles(userDataDir);
    const paths = createGrantedPolicy((path) => recent.has(path));
    const service = createWorkbenchService({
      dataDir,
      workspaceDir: null,
      userDataDir,
      host: 'electron',
      version: app.getVersion(),
      locale: app.getLocale(),
      ports: {
        dialogs: createNativeFileDialogs(() => mainWindow),
        printer: createPdfPrinter({ webPreferences, reportUrl: (id) => origin.entryUrl({ [REPORT_QUERY]: id }) }),
        opener: {
          async openExternal(url) {
            if (!isExternalHttpUrl(url)) throw new WorkbenchError('forbidden', `${url}: only http(s) links open`);
            await shell.openExternal(url);
          },
        },
        paths,
      },
    });
    // Files the user picked keep their full paths (they chose them); the app's own folders are named.
    const redact = createPathRedactor(
      [
        { dir: dataDir, label: 'bundled data' },
        { dir: userDataDir, label: 'app data' },
      ],
      false,
    );
    registerWorkbenchIpc(ipcMain, service, origin, redactErrorBody(redact));

    /** Commands wait for the page to finish loading; the preload then holds them until the page subscribes. */
    const send = (command: ShellCommand) => {
      const contents = mainWindow?.webContents;
      if (!contents) return;
      if (contents.isLoading()) contents.once('did-finish-load', () => contents.send(SHELL_COMMAND_CHANNEL, command));
      else contents.send(SHELL_COMMAND_CHANNEL, command);
    };
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          appName: app.name,
          isMac: process.platform === 'darwin',
          isDev: origin.isDev,
          send,
          showAbout: () =>
            void dialog.showMessageBox({
              title: app.name,
              message: `${app.name} ${app.getVersion()}`,
              detail: 'Offline workbench for ranking AI models on published benchmark results.',
            }),
        }),
      ),
    );

    mainWindow = new BrowserWindow({
      width: 1440,
      height: 900,
      minWidth: 960,
      minHeight: 600,
      show: false,
      title: app.name,
      webPreferences,
    });
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    mainWindow.on('closed', () => (mainWindow = null));
    attachCloseGuard(mainWindow, ipcMain);
    void mainWindow.loadURL(origin.entryUrl());

    openPath = (path) =>
      void openScenarioFromOs(path, {
        service,
        grant: paths.grant,
        send,
        showError: (title, message) => dialog.showErrorBox(title, message),
      });
    const fromArgv = scenarioPathFromArgv(process.argv.slice(1), process.cwd());
    for (const path of [...(fromArgv ? [fromArgv] : []), ...early.splice(0)]) openPath(path);
  });
}
