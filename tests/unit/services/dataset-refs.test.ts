import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MethodName } from '../../../shared/api/contract';
import { createDatasetStore } from '../../../shared/api/dataset-refs';
import { createDispatcher } from '../../../shared/api/transport';
import { createWorkbenchService } from '../../../electron/services/workbench';
import { parseScenarioBytes, serializeScenario } from '../../../electron/services/scenario-file';
import { browserApi, tempDir, tinyScenario } from './fixtures';

const dataDir = resolve(__dirname, '../../../data');

/** The browser host with JSON text on the wire (as over HTTP); `sent` records each request as sent. */
function wire() {
  const sent: { method: MethodName; body: string }[] = [];
  const host = browserApi((send) => async (method, request) => {
    const body = JSON.stringify(request);
    sent.push({ method, body });
    return JSON.parse(JSON.stringify(await send(method, JSON.parse(body))));
  });
  return { ...host, sent };
}

describe('datasets by reference between the page and the host', () => {
  it('saves an opened scenario without sending its observations back; the file has them all', async () => {
    const { api, workspace, sent } = wire();
    writeFileSync(join(workspace, 'tiny.sewb'), serializeScenario(tinyScenario()));
    const opened = await api.openScenario({ path: 'tiny.sewb' });
    const observations = opened!.scenario.dataset.observations.length;
    expect(observations).toBeGreaterThan(0);

    await api.saveScenario({ path: 'copy.sewb', scenario: { ...opened!.scenario, notes: 'edited' }, expected: null });
    const save = sent.at(-1)!;
    expect(save.method).toBe('saveScenario');
    expect(JSON.parse(save.body).scenario.dataset).toEqual({ datasetRef: expect.any(String) });
    const written = parseScenarioBytes(readFileSync(join(workspace, 'copy.sewb')), 'copy.sewb');
    expect(written.notes).toBe('edited');
    expect(written.dataset).toEqual(opened!.scenario.dataset);
  });

  it('sends the dataset itself when the host no longer holds it (restarted), and the save still lands', async () => {
    const { api, workspace, sent, restart } = wire();
    const { scenario } = await api.loadBundledScenario({ id: 'default' });
    restart();
    await api.saveScenario({ path: 'after-restart.sewb', scenario, expected: null });
    const [byRef, full] = sent.slice(-2);
    expect(JSON.parse(byRef.body).scenario.dataset).toEqual({ datasetRef: expect.any(String) });
    expect(JSON.parse(full.body).scenario.dataset.observations).toHaveLength(scenario.dataset.observations.length);
    const written = parseScenarioBytes(readFileSync(join(workspace, 'after-restart.sewb')), 'after-restart.sewb');
    expect(written.dataset.observations).toHaveLength(scenario.dataset.observations.length);
  });

  it('still checks the rest of a request that names a dataset, naming the field', async () => {
    const { api } = wire();
    const { scenario } = await api.loadBundledScenario({ id: 'default' });
    const broken = { ...scenario, alternatives: ['no-such-model'] };
    await expect(api.saveScenario({ path: 'x.sewb', scenario: broken, expected: null })).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringMatching(/alternatives\.0: unknown model no-such-model/),
    });
  });

  it('refuses a made-up reference as stale, and a malformed one as an invalid request', async () => {
    const workspace = tempDir();
    const options = {
      dataDir,
      workspaceDir: workspace,
      userDataDir: join(workspace, '.wb'),
      version: '1',
      locale: 'en',
    };
    const dispatch = createDispatcher(createWorkbenchService({ ...options, host: 'browser', ports: {} }));
    const scenario = { ...tinyScenario(), dataset: { datasetRef: 'd9-guess' } };
    expect(await dispatch('saveScenario', { path: 'x.sewb', scenario, expected: null })).toMatchObject({
      ok: false,
      error: { code: 'stale-dataset', path: 'scenario.dataset' },
    });
    const extra = { ...tinyScenario(), dataset: { datasetRef: 'd1', observations: [] } };
    expect(await dispatch('saveScenario', { path: 'x.sewb', scenario: extra, expected: null })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });
});

describe('the host’s dataset store', () => {
  const dataset = (observations: number) => ({ ...tinyScenario().dataset, observations: new Array(observations) });

  it('keeps the most recently used, at most four and at most the observation budget beyond the latest', () => {
    const store = createDatasetStore(4, 100);
    const [a, b, c] = [dataset(60), dataset(30), dataset(50)];
    const [ka, kb] = [store.put(a), store.put(b)];
    expect(store.get(ka)).toBe(a); // a is now the most recently used
    const kc = store.put(c); // 60 + 30 + 50 > 100: b, the least recently used, goes first; then 110 > 100: a goes
    expect([store.get(kb), store.get(ka), store.get(kc)]).toEqual([undefined, undefined, c]);
    const huge = dataset(1000);
    expect(store.get(store.put(huge))).toBe(huge); // the latest is kept whatever its size
    expect(store.get(kc)).toBeUndefined();
    expect(store.put(huge)).toBe(store.put(huge)); // same object, same key
  });
});
