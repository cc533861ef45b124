import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { scenarioPathFromArgv } from '../../../electron/shell/argv';
import { buildMenuTemplate } from '../../../electron/shell/menu';
import type { ShellCommand } from '../../../shared/api/shell-commands';

vi.mock('electron', () => {
  throw new Error('argv and menu must not need the electron runtime');
});

describe('scenario path from the command line', () => {
  it('finds the .sewb among Electron and Chromium switches', () => {
    const argv = ['/opt/app/workbench', '--no-sandbox', '--lang=ko', '/home/kim/round1.sewb'];
    expect(scenarioPathFromArgv(argv, '/tmp')).toBe('/home/kim/round1.sewb');
  });

  it('resolves a relative path against the launching directory, any letter case', () => {
    expect(scenarioPathFromArgv(['electron', '.', 'plans/Round 2.SEWB'], '/home/kim')).toBe(
      '/home/kim/plans/Round 2.SEWB',
    );
  });

  it('accepts a file:// URI (Linux .desktop %U) and ignores other files and switches that look like one', () => {
    expect(scenarioPathFromArgv(['app', 'file:///home/kim/%ED%95%9C.sewb'], '/')).toBe('/home/kim/한.sewb');
    expect(scenarioPathFromArgv(['app', '--open=/x.sewb', 'notes.txt', 'report.pdf'], '/')).toBeNull();
    expect(scenarioPathFromArgv(['app'], '/')).toBeNull();
  });
});

type Item = MenuItemConstructorOptions;
const flatten = (items: Item[]): Item[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu as Item[]) : [])]);

describe('application menu', () => {
  const build = (isDev: boolean, isMac = false) => {
    const sent: ShellCommand[] = [];
    const items = flatten(
      buildMenuTemplate({
        appName: 'Sovereign Eval Workbench',
        isMac,
        isDev,
        send: (c) => sent.push(c),
        showAbout: vi.fn(),
      }),
    );
    return { items, sent };
  };
  const byAccelerator = (items: Item[], accelerator: string) => items.find((item) => item.accelerator === accelerator);

  it('sends the file commands to the renderer on the usual shortcuts', () => {
    const { items, sent } = build(false);
    for (const accelerator of ['CmdOrCtrl+O', 'CmdOrCtrl+S', 'CmdOrCtrl+Shift+S', 'CmdOrCtrl+P', 'CmdOrCtrl+I']) {
      (byAccelerator(items, accelerator)?.click as () => void)();
    }
    expect(sent).toEqual([
      { type: 'open' },
      { type: 'save' },
      { type: 'save-as' },
      { type: 'export-pdf' },
      { type: 'import' },
    ]);
  });

  it('exports the dataset or the decision matrix as CSV or XLSX from File › Export data', () => {
    const { items, sent } = build(false);
    for (const label of ['Dataset as CSV…', 'Dataset as XLSX…', 'Decision matrix as CSV…', 'Decision matrix as XLSX…'])
      (items.find((item) => item.label === label)?.click as () => void)();
    expect(sent).toEqual([
      { type: 'export-data', what: 'dataset', format: 'csv' },
      { type: 'export-data', what: 'dataset', format: 'xlsx' },
      { type: 'export-data', what: 'matrix', format: 'csv' },
      { type: 'export-data', what: 'matrix', format: 'xlsx' },
    ]);
  });

  it('has quit, undo/redo/cut/copy/paste and zoom; reload and devtools only in dev', () => {
    const roles = (isDev: boolean) =>
      build(isDev)
        .items.map((item) => item.role)
        .filter(Boolean);
    expect(roles(false)).toEqual(
      expect.arrayContaining(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'zoomIn', 'zoomOut', 'resetZoom']),
    );
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('puts Quit in the app menu on macOS, once', () => {
    const { items } = build(false, true);
    expect(items.filter((item) => item.role === 'quit')).toHaveLength(1);
    expect(items[0].label).toBe('Sovereign Eval Workbench');
  });
});
