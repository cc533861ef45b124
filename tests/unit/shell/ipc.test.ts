import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { channelOf, methodNames } from '../../../shared/api/contract';
import type { Envelope } from '../../../shared/api/errors';
import { createAppOrigin } from '../../../electron/shell/app-origin';
import { registerWorkbenchIpc } from '../../../electron/shell/ipc';
import { datasetFromWire, datasetToWire } from '../../../shared/dataset/dataset-wire';
import { tinyDataset } from '../services/fixtures';
import { createWorkbenchService } from '../../../electron/services/workbench';

vi.mock('electron', () => {
  throw new Error('ipc.ts must not need the electron runtime');
});

const userDataDir = mkdtempSync(join(tmpdir(), 'sewb-ipc-'));
afterAll(() => rmSync(userDataDir, { recursive: true, force: true }));

const service = createWorkbenchService({
  dataDir: resolve(__dirname, '../../../data'),
  workspaceDir: null,
  userDataDir,
  host: 'electron',
  version: '0.0.0-test',
  locale: 'en-US',
  ports: {},
});
const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<Envelope> | Envelope>();
registerWorkbenchIpc(
  { handle: (channel, fn) => void handlers.set(channel, fn as never) },
  service,
  createAppOrigin(undefined),
);

type Frame = { url: string; parent: unknown } | null;
const call = (method: string, payload: unknown, frame: Frame = { url: 'app://renderer/index.html', parent: null }) =>
  handlers.get(`workbench:${method}`)!({ senderFrame: frame }, payload);

describe('IPC handlers', () => {
  it('register exactly one handler per contract method on its channel', () => {
    expect([...handlers.keys()].sort()).toEqual(methodNames.map(channelOf).sort());
  });

  it('answer the app page through the real services', async () => {
    const info = await call('getAppInfo', {});
    expect(info).toMatchObject({ ok: true, result: { host: 'electron', version: '0.0.0-test' } });
    const bundled = await call('listBundled', {});
    expect(bundled.ok && (bundled.result as { scenarios: { id: string }[] }).scenarios.map((s) => s.id)).toContain(
      'default',
    );
  });

  it('carry a dataset as bytes both ways, through a structured clone as Electron IPC does', async () => {
    const dataset = tinyDataset();
    dataset.models[0] = { ...dataset.models[0], name: '모델 하나' };
    const put = structuredClone(await call('putDataset', structuredClone({ dataset: datasetToWire(dataset) })));
    expect(put).toMatchObject({ ok: true, result: { datasetId: expect.any(String) } });
    const { datasetId } = (put as { result: { datasetId: string } }).result;
    const got = structuredClone(await call('getDataset', { datasetId }));
    expect(got.ok && got.result).toBeInstanceOf(Uint8Array);
    expect(datasetFromWire((got as { result: Uint8Array }).result)).toEqual(dataset);
    const bad = await call('putDataset', { dataset: new Uint8Array([1, 2, 3]) });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringMatching(/^putDataset: dataset: /) },
    });
  });

  it('refuse a foreign page, an iframe inside the app and a destroyed frame', async () => {
    const foreign = await call('getAppInfo', {}, { url: 'https://evil.example/', parent: null });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(!foreign.ok && foreign.error.message).toContain('https://evil.example/');
    const lookalike = await call('getAppInfo', {}, { url: 'app://renderer.evil/index.html', parent: null });
    expect(lookalike).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const iframe = await call('getAppInfo', {}, { url: 'app://renderer/index.html', parent: {} });
    expect(iframe).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('getAppInfo', {}, null)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('parse every payload: a bad one gets an invalid-request envelope naming the field', async () => {
    const wrongType = await call('loadBundledDataset', { id: 42 });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!wrongType.ok && wrongType.error.message).toMatch(/loadBundledDataset: id/);
    const extra = await call('getAppInfo', { evil: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const badScenario = await call('saveScenario', { path: '/tmp/x.sewb', scenario: { name: 3 }, expected: null });
    expect(badScenario).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('refuse to read a file the user never picked', async () => {
    const result = await call('openScenario', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
