import { EventEmitter } from 'node:events';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { attachCloseGuard } from '../../../electron/shell/close-guard';
import { CLOSE_CONFIRMED_CHANNEL, SHELL_COMMAND_CHANNEL, type ShellCommand } from '../../../shared/api/shell-commands';
import { openScenarioFromOs } from '../../../electron/shell/open-scenario';
import { createGrantedPolicy } from '../../../electron/services/path-policy';
import { createWorkbenchService } from '../../../electron/services/workbench';

vi.mock('electron', () => {
  throw new Error('these modules must not need the electron runtime');
});

function fakeWindow() {
  const contents = Object.assign(new EventEmitter(), { send: vi.fn() });
  const window = Object.assign(new EventEmitter(), {
    webContents: contents,
    closed: false,
    isDestroyed: () => false,
    close() {
      const event = { defaultPrevented: false, preventDefault: () => void (event.defaultPrevented = true) };
      window.emit('close', event);
      if (!event.defaultPrevented) window.closed = true;
    },
  });
  const ipc = new EventEmitter();
  attachCloseGuard(window as never, ipc as never);
  return { window, contents, ipc };
}

describe('unsaved-changes close guard', () => {
  it('holds the close, asks the renderer, and closes when that renderer confirms', () => {
    const { window, contents, ipc } = fakeWindow();
    window.close();
    expect(window.closed).toBe(false);
    expect(contents.send).toHaveBeenCalledWith(SHELL_COMMAND_CHANNEL, { type: 'close-requested' });
    ipc.emit(CLOSE_CONFIRMED_CHANNEL, { sender: {} });
    expect(window.closed).toBe(false);
    ipc.emit(CLOSE_CONFIRMED_CHANNEL, { sender: contents });
    expect(window.closed).toBe(true);
  });

  it('stays open while the user keeps editing (no confirmation)', () => {
    const { window, contents } = fakeWindow();
    window.close();
    window.close();
    expect(window.closed).toBe(false);
    expect(contents.send).toHaveBeenCalledTimes(2);
  });

  it('lets a crashed page or a page that failed to load close at once', () => {
    const crashed = fakeWindow();
    crashed.contents.emit('render-process-gone');
    crashed.window.close();
    expect(crashed.window.closed).toBe(true);
    const failed = fakeWindow();
    failed.contents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://renderer/', true);
    failed.window.close();
    expect(failed.window.closed).toBe(true);
  });
});

describe('opening a .sewb handed over by the OS', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sewb-open-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const setup = () => {
    const paths = createGrantedPolicy(async () => false);
    const service = createWorkbenchService({
      dataDir: resolve(__dirname, '../../../data'),
      workspaceDir: null,
      userDataDir: join(dir, 'user-data'),
      host: 'electron',
      version: '0.0.0-test',
      locale: 'en-US',
      ports: { paths },
    });
    const sent: ShellCommand[] = [];
    const errors: string[] = [];
    const deps = {
      service,
      grant: paths.grant,
      send: (c: ShellCommand) => void sent.push(c),
      showError: (_t: string, m: string) => void errors.push(m),
    };
    return { deps, sent, errors };
  };

  it('reads and validates the file, then tells the renderer to load it', async () => {
    const file = join(dir, 'round1.sewb');
    copyFileSync(resolve(__dirname, '../../../data/scenarios/default.sewb'), file);
    const { deps, sent, errors } = setup();
    await openScenarioFromOs(file, deps);
    expect(errors).toEqual([]);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'open-scenario', opened: { path: file } });
    expect(sent[0].type === 'open-scenario' && sent[0].opened.scenario.schemaVersion).toBe(1);
  });

  it('reports an invalid file with its path and sends nothing', async () => {
    const file = join(dir, 'broken.sewb');
    writeFileSync(file, '{"kind":"sewb-scenario","schemaVersion":1,"name":7}');
    const { deps, sent, errors } = setup();
    await openScenarioFromOs(file, deps);
    expect(sent).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(file);
  });
});
