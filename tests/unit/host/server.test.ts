import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/api/csp';
import { startHost, type RunningHost } from '../../../electron/host/server';
import { parseScenarioBytes, serializeScenario } from '../../../electron/services/scenario-file';
import { MAX_BODY_BYTES, TOKEN_HEADER } from '../../../shared/api/http';
import { withoutDataset, type Scenario } from '../../../shared/domain/scenario';
import { DatasetSchema } from '../../../shared/domain/dataset';
import {
  DATASET_WIRE_TYPE,
  datasetFromWire,
  datasetToWire,
  readDatasetWire,
} from '../../../shared/dataset/dataset-wire';
import { tempDir, tinyScenario } from '../services/fixtures';
import { createHttpApi } from '../../../renderer/src/api/transport';
import { readFetchedDataset } from '../../../renderer/src/files/held-datasets';
import { call, putDatasetOverHttp } from './http-client';

const dataDir = resolve(__dirname, '../../../data');
const hosts: RunningHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

/** A host over a fresh workspace, with a sibling folder that shares its name as a prefix. */
async function start() {
  const root = tempDir('sewb-host-');
  const workspace = join(root, 'ws');
  const renderer = join(root, 'renderer');
  for (const dir of [workspace, join(root, 'ws-evil'), renderer, join(renderer, 'assets')]) mkdirSync(dir);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Workbench</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'top secret');
  writeFileSync(join(root, 'ws-evil', 'x.sewb'), serializeScenario(tinyScenario()));
  const host = await startHost({ workspaceDir: workspace, dataDir, rendererDir: renderer, version: '1.2.3' });
  hosts.push(host);
  const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    call(host.port, {
      method: 'POST',
      path: `/api/${method}`,
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token, ...headers },
      body: JSON.stringify(body),
    });
  /** `scenario` handed to the host over HTTP as a new document: the ids and body a request about it names. */
  const held = async (scenario: Scenario) => {
    const datasetId = await putDatasetOverHttp(host.port, host.token, scenario.dataset);
    const made = (await api('newDocument', { datasetId })).json() as { result: { document: string } };
    return { document: made.result.document, datasetId, scenario: withoutDataset(scenario) };
  };
  return { root, workspace, renderer, host, api, held };
}

describe('browser host', () => {
  it('listens on 127.0.0.1 only and prints a URL with the token', async () => {
    const { host } = await start();
    expect(host.address.address).toBe('127.0.0.1');
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(40);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) {
      const refused = await new Promise<boolean>((done) => {
        const socket = connect(host.port, external.address);
        socket.on('connect', () => (socket.destroy(), done(false)));
        socket.on('error', () => done(true));
      });
      expect(refused, `connection to ${external.address}:${host.port}`).toBe(true);
    }
  });

  it('serves index.html and assets with MIME types and security headers', async () => {
    const { host } = await start();
    const page = await call(host.port, { path: '/?token=abc' });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>Workbench</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
      readFileSync(join(__dirname, '../../../renderer/index.html'), 'utf8'),
    );
    // frame-ancestors is ignored in a meta tag, so only the header carries it.
    expect(page.headers['content-security-policy']).toBe(`${meta?.[1]}; frame-ancestors 'none'`);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['cache-control']).toBe('no-store');
    const script = await call(host.port, { path: '/assets/app.js' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await call(host.port, { path: '/assets/none.js' })).status).toBe(404);
  });

  it('never serves files outside the renderer folder', async () => {
    const { host, renderer, root } = await start();
    symlinkSync(join(root, 'secret.txt'), join(renderer, 'leak.txt'));
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/leak.txt',
      '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    ]) {
      const reply = await call(host.port, { path });
      expect(reply.text, path).not.toContain('top secret');
      expect(reply.text, path).not.toContain('root:');
      expect([403, 404], path).toContain(reply.status);
    }
    expect((await call(host.port, { path: '/leak.txt' })).status).toBe(403);
    expect((await call(host.port, { path: '/..%2fsecret.txt' })).status).toBe(403);
  });

  it('answers API calls with the token and refuses them without it or with a wrong one (401)', async () => {
    const { host, api } = await start();
    const ok = await api('getAppInfo', {});
    expect(ok.status).toBe(200);
    expect(ok.json()).toMatchObject({ ok: true, result: { host: 'browser', version: '1.2.3', nativeDialogs: false } });
    expect(ok.headers['cache-control']).toBe('no-store');
    const none = await call(host.port, {
      method: 'POST',
      path: '/api/getAppInfo',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(none.status).toBe(401);
    expect(none.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await api('getAppInfo', {}, { [TOKEN_HEADER]: `${host.token.slice(0, -1)}x` })).status).toBe(401);
    expect((await api('getAppInfo', {}, { [TOKEN_HEADER]: '' })).status).toBe(401);
    expect((await call(host.port, { path: `/api/getAppInfo?token=${host.token}` })).status).toBe(401);
  });

  it('refuses non-POST, non-JSON and oversized requests', async () => {
    const { host, api } = await start();
    expect((await call(host.port, { path: '/api/getAppInfo', headers: { [TOKEN_HEADER]: host.token } })).status).toBe(
      405,
    );
    expect((await api('getAppInfo', {}, { 'content-type': 'text/plain' })).status).toBe(415);
    const big = await call(host.port, {
      method: 'POST',
      path: '/api/autosave',
      headers: {
        'content-type': 'application/json',
        [TOKEN_HEADER]: host.token,
        'content-length': String(MAX_BODY_BYTES + 1),
      },
    });
    expect(big.status).toBe(413);
    expect(
      (
        await call(host.port, {
          method: 'POST',
          path: '/api/getAppInfo',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
          body: '{oops',
        })
      ).status,
    ).toBe(400);
  });

  it('refuses a foreign Host or Origin header (DNS rebinding)', async () => {
    const { host, api } = await start();
    expect((await api('getAppInfo', {}, { host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await call(host.port, { path: '/', headers: { host: 'evil.example' } })).status).toBe(403);
    expect((await api('getAppInfo', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('getAppInfo', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect(
      (await api('getAppInfo', {}, { host: `localhost:${host.port}`, origin: `http://localhost:${host.port}` })).status,
    ).toBe(200);
    expect((await api('getAppInfo', {}, { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('refuses paths outside the workspace with 403 forbidden', async () => {
    const { api, workspace, root, held } = await start();
    symlinkSync(join(root, 'ws-evil', 'x.sewb'), join(workspace, 'link-out.sewb'));
    const outside = [
      '../../etc/passwd',
      '/etc/passwd',
      join(workspace, 'link-out.sewb'),
      join(root, 'ws-evil', 'x.sewb'),
      '../ws-evil/x.sewb',
    ];
    for (const path of outside) {
      const reply = await api('openScenario', { path });
      expect(reply.status, path).toBe(403);
      expect(reply.json(), path).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const save = await api('saveScenario', {
      path: join(root, 'ws-evil', 'y.sewb'),
      ...(await held(tinyScenario())),
      expected: null,
    });
    expect(save.status).toBe(403);
    expect((await api('listDirectory', { dir: root })).status).toBe(403);
  });

  it('saves and reopens a scenario in the workspace, and lists it for the in-app picker', async () => {
    const { api, workspace, held } = await start();
    const doc = await held(tinyScenario('분석'));
    const saved = await api('saveScenario', { path: 'analysis.sewb', ...doc, expected: null });
    expect(saved.json()).toMatchObject({ ok: true, result: { path: join(workspace, 'analysis.sewb') } });
    expect(parseScenarioBytes(readFileSync(join(workspace, 'analysis.sewb')), 'analysis.sewb').name).toBe('분석');
    const listing = (await api('listDirectory', { dir: null })).json() as { result: { entries: { name: string }[] } };
    expect(listing.result.entries.map((e) => e.name)).toEqual(['analysis.sewb']);
    const opened = (await api('openScenario', { path: 'analysis.sewb' })).json() as {
      result: { scenario: { name: string } };
    };
    expect(opened.result.scenario.name).toBe('분석');
  });

  it('refuses an invalid payload with 400 invalid-request naming the field', async () => {
    const { api, held } = await start();
    const doc = await held(tinyScenario());
    const scenario = { ...doc.scenario, criteria: [doc.scenario.criteria[0], { weight: 1 }] };
    const reply = await api('saveScenario', { path: 'x.sewb', ...doc, scenario, expected: null });
    expect(reply.status).toBe(400);
    expect(reply.json()).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('scenario.criteria.1.benchmark') },
    });
    expect((await api('noSuchMethod', {})).status).toBe(404);
  });

  it('sends and takes datasets as wire bytes, with the token only; a bad byte stream is a located 400', async () => {
    const { api, host, workspace } = await start();
    const dataset = tinyScenario('바이트').dataset;
    dataset.models[0] = { ...dataset.models[0], name: '모델 하나' };
    const datasetId = await putDatasetOverHttp(host.port, host.token, dataset);
    const fetched = await api('getDataset', { datasetId });
    expect(fetched.status).toBe(200);
    expect(fetched.headers['content-type']).toBe(DATASET_WIRE_TYPE);
    expect(datasetFromWire(new Uint8Array(fetched.bytes))).toEqual(dataset);

    const bytes = datasetToWire(dataset);
    const put = (headers: Record<string, string>, body: Uint8Array = bytes) =>
      call(host.port, { method: 'POST', path: '/api/putDataset', headers, body });
    const type = { 'content-type': DATASET_WIRE_TYPE };
    for (const refused of [
      await put(type),
      await put({ ...type, [TOKEN_HEADER]: `${host.token.slice(0, -1)}x` }),
      await api('getDataset', { datasetId }, { [TOKEN_HEADER]: '' }),
    ]) {
      expect(refused.status).toBe(401);
      expect(refused.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect((await put({ ...type, [TOKEN_HEADER]: host.token, host: 'evil.example:80' })).status).toBe(403);
    // JSON is not taken where the contract says bytes, nor bytes where it says JSON.
    expect((await api('putDataset', { dataset })).status).toBe(415);
    expect((await put({ 'content-type': 'application/json', [TOKEN_HEADER]: host.token })).status).toBe(415);

    const bad = datasetToWire(dataset);
    const arrowAt = bad.length - readDatasetWire(bad).observationsArrow.length;
    const broken = await put({ ...type, [TOKEN_HEADER]: host.token }, bad.subarray(0, arrowAt + 40));
    expect(broken.status).toBe(400);
    expect(broken.json()).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringMatching(/^putDataset: dataset\.observations: /) },
    });
    expect(broken.text).not.toContain(workspace);
  });

  it('the page’s HTTP client hands a dataset over and gets the same dataset back as bytes', async () => {
    const { host } = await start();
    const origin = `http://127.0.0.1:${host.port}`;
    const api = createHttpApi(host.token, ((url: string, init: RequestInit) =>
      fetch(`${origin}${url}`, init)) as typeof fetch);
    const dataset = tinyScenario().dataset;
    dataset.observations[2] = { ...dataset.observations[2], stderr: 1.5, n: 200, reportedAs: '정확도 (5-shot)' };
    const { datasetId } = await api.putDataset({ dataset: datasetToWire(dataset) });
    const bytes = await api.getDataset({ datasetId });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(readFetchedDataset(bytes)).toEqual(dataset);
    await expect(api.getDataset({ datasetId: 'never-handed-out' })).rejects.toMatchObject({ code: 'unknown-dataset' });
    // Bytes that are not a dataset are refused by the page with the place named.
    const cut = bytes.slice(0, bytes.length - readDatasetWire(bytes).observationsArrow.length + 40);
    expect(() => readFetchedDataset(cut)).toThrow(/^getDataset: dataset\.observations: /);
  });

  it('sends a bundled dataset as wire bytes, the same dataset as its JSON file; an unknown one is a JSON 404', async () => {
    const { api, host } = await start();
    const expected = DatasetSchema.parse(JSON.parse(readFileSync(join(dataDir, 'datasets/default.json'), 'utf8')));
    const reply = await api('loadBundledDataset', { id: 'default' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(DATASET_WIRE_TYPE);
    expect(datasetFromWire(new Uint8Array(reply.bytes))).toEqual(expected);
    const missing = await api('loadBundledDataset', { id: 'no-such' });
    expect(missing.status).toBe(404);
    expect(missing.json()).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // The page's client takes the bytes as the result.
    const origin = `http://127.0.0.1:${host.port}`;
    const client = createHttpApi(host.token, ((url: string, init: RequestInit) =>
      fetch(`${origin}${url}`, init)) as typeof fetch);
    expect(readFetchedDataset(await client.loadBundledDataset({ id: 'default' }))).toEqual(expected);
  });

  it('frees its port on close', async () => {
    const { host } = await start();
    hosts.splice(hosts.indexOf(host), 1);
    await call(host.port, { path: '/' });
    await host.close();
    await expect(call(host.port, { path: '/' })).rejects.toThrow(/ECONNREFUSED/);
  });
});
