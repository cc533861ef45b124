import { describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../../shared/api/contract';
import type { ShellCommand, WorkbenchShell } from '../../../shared/api/shell-commands';

// contextBridge and ipcRenderer stand-ins that record what the preload exposes and sends.
const exposed: Record<string, unknown> = {};
const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
const invoke = vi.fn(async (_channel: string, _request: unknown): Promise<unknown> => ({ ok: true, result: {} }));
const send = vi.fn();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => void (exposed[key] = value) },
  ipcRenderer: { invoke, send, on: (channel: string, fn: never) => void listeners.set(channel, fn) },
}));
await import('../../../electron/preload');

const api = exposed.workbench as Record<string, (request: unknown) => Promise<unknown>>;
const shell = exposed.workbenchShell as WorkbenchShell;
const emit = (command: unknown) => listeners.get('workbench-shell:command')!({}, command);

describe('preload', () => {
  it('exposes exactly the contract methods and the shell object, never ipcRenderer', () => {
    expect(Object.keys(exposed).sort()).toEqual(['workbench', 'workbenchShell']);
    expect(Object.keys(api).sort()).toEqual([...methodNames].sort());
    expect(Object.keys(shell).sort()).toEqual(['confirmClose', 'onCommand']);
  });

  it('invokes the method channel with the parsed request and refuses a bad one before it leaves', async () => {
    await expect(api.loadBundledDataset({ id: 'Not An Id!' })).rejects.toMatchObject({ code: 'invalid-request' });
    expect(invoke).not.toHaveBeenCalled();
    invoke.mockResolvedValueOnce({ ok: false, error: { code: 'forbidden', message: 'no', path: null } });
    await expect(api.getAppInfo({})).rejects.toMatchObject({ code: 'forbidden' });
    expect(invoke).toHaveBeenCalledWith('workbench:getAppInfo', {});
  });

  it('confirms a close by itself while no page listens, and holds other commands for the first listener', () => {
    emit({ type: 'close-requested' });
    expect(send).toHaveBeenCalledWith('workbench-shell:close-confirmed');
    send.mockClear();
    emit({ type: 'save' });
    emit({ type: 'bogus' });
    const received: ShellCommand[] = [];
    const off = shell.onCommand((c) => received.push(c));
    expect(received).toEqual([{ type: 'save' }]);
    emit({ type: 'close-requested' });
    expect(send).not.toHaveBeenCalled();
    expect(received).toEqual([{ type: 'save' }, { type: 'close-requested' }]);
    shell.confirmClose();
    expect(send).toHaveBeenCalledWith('workbench-shell:close-confirmed');
    off();
  });
});
