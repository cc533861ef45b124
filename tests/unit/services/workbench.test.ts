import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../shared/api/transport';
import type { ReportPrinter } from '../../../electron/services/ports';
import { createWorkbenchService } from '../../../electron/services/workbench';
import { readScenarioFile, serializeScenario } from '../../../electron/services/scenario-file';
import { held, tempDir, tinyScenario } from './fixtures';
import { datasetFromWire } from '../../../shared/dataset/dataset-wire';

const dataDir = resolve(__dirname, '../../../data');

function browserService(printer?: ReportPrinter) {
  const workspace = tempDir('sewb-ws-');
  const userData = join(workspace, '.workbench');
  const make = () =>
    createWorkbenchService({
      dataDir,
      workspaceDir: workspace,
      userDataDir: userData,
      host: 'browser',
      version: '9.9.9',
      locale: 'ko-KR',
      ports: { printer },
    });
  return { workspace, userData, service: make(), restart: make };
}

describe('workbench service on the browser host', () => {
  it('describes the host', async () => {
    const { service, workspace } = browserService();
    expect(await service.getAppInfo({})).toEqual({
      version: '9.9.9',
      host: 'browser',
      locale: 'ko-KR',
      workspace,
      nativeDialogs: false,
    });
  });

  it('lists and loads the bundled data', async () => {
    const { service } = browserService();
    const { datasets, scenarios } = await service.listBundled({});
    expect(datasets.map((d) => d.id)).toContain('default');
    const listed = scenarios.find((s) => s.id === 'default')!;
    const { scenario, datasetId } = await service.loadBundledScenario({ id: 'default' });
    expect(scenario.name).toBe(listed.name);
    expect(datasetFromWire(await service.getDataset({ datasetId })).models.length).toBeGreaterThan(0);
    const dataset = datasetFromWire(await service.loadBundledDataset({ id: 'default' }));
    expect(dataset.models.filter((m) => m.group === 'candidate').map((m) => m.name)).toContain('K-EXAONE');
    await expect(service.loadBundledScenario({ id: 'no-such' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('saves into the workspace and opens it again with the same weights and edits', async () => {
    const { service, workspace } = browserService();
    const scenario = {
      ...tinyScenario(),
      overrides: [{ model: 'm-two', benchmark: 'acc', value: 55, note: 'what if' }],
    };
    scenario.criteria[0].weight = 7;
    const saved = await service.saveScenario({ path: 'mine', ...(await held(service, scenario)), expected: null });
    expect(saved!.path).toBe(join(workspace, 'mine.sewb'));
    const opened = await service.openScenario({ path: saved!.path });
    expect(opened!.scenario.criteria.map((c) => c.weight)).toEqual([7, 1]);
    expect(opened!.scenario.overrides).toEqual(scenario.overrides);
    expect(opened!.scenario.savedAt).toBe(saved!.savedAt);
    expect((await service.recentFiles({})).files.map((f) => f.path)).toEqual([join(workspace, 'mine.sewb')]);
  });

  it('refuses to overwrite other kinds of file and to leave the workspace', async () => {
    const { service } = browserService();
    const doc = await held(service, tinyScenario());
    await expect(service.saveScenario({ path: 'notes.txt', ...doc, expected: null })).rejects.toMatchObject({
      code: 'invalid-request',
    });
    await expect(service.saveScenario({ path: '../../x.sewb', ...doc, expected: null })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(service.openScenario({ path: '../../etc/passwd' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(service.openScenario({ path: '/etc/passwd' })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('asks the UI to use its in-app picker when no path is given', async () => {
    const { service } = browserService();
    await expect(service.openScenario({ path: null })).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringMatching(/no native file dialogs; choose a file in the app/),
    });
  });

  it('refuses an invalid scenario file naming the field, and keeps working', async () => {
    const { service, workspace } = browserService();
    const doc = JSON.parse(serializeScenario(tinyScenario()));
    doc.alternatives = [];
    writeFileSync(join(workspace, 'broken.sewb'), JSON.stringify(doc));
    await expect(service.openScenario({ path: 'broken.sewb' })).rejects.toMatchObject({
      code: 'invalid-file',
      message: expect.stringContaining('alternatives:'),
    });
    const saved = await service.saveScenario({
      path: 'fine.sewb',
      ...(await held(service, tinyScenario())),
      expected: null,
    });
    expect(saved!.path.endsWith('fine.sewb')).toBe(true);
  });

  it('lists workspace folders for the in-app picker, hiding dot files', async () => {
    const { service, workspace } = browserService();
    mkdirSync(join(workspace, 'reports'));
    writeFileSync(join(workspace, 'b.sewb'), '{}');
    writeFileSync(join(workspace, 'a.sewb'), '{}');
    writeFileSync(join(workspace, '.a.sewb.123.tmp'), '');
    await service.autosave(await held(service, tinyScenario())); // creates the hidden .workbench folder
    const top = await service.listDirectory({ dir: null });
    expect(top.dir).toBe(workspace);
    expect(top.parent).toBeNull();
    expect(top.entries.map((e) => [e.name, e.kind])).toEqual([
      ['reports', 'directory'],
      ['a.sewb', 'file'],
      ['b.sewb', 'file'],
    ]);
    const sub = await service.listDirectory({ dir: join(workspace, 'reports') });
    expect(sub.parent).toBe(workspace);
    await expect(service.listDirectory({ dir: '..' })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('prints a report job and writes the PDF atomically; the job is gone afterwards', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\nfake report\n%%EOF');
    let seen: unknown = null;
    let jobId = '';
    const printer: ReportPrinter = {
      async print(id) {
        jobId = id;
        seen = await service.getReportJob({ id });
        return pdf;
      },
    };
    const { service, workspace } = browserService(printer);
    const { datasetId, scenario } = await held(service, tinyScenario('보고서'));
    const result = await service.exportPdf({ path: 'report', datasetId, scenario, language: 'ko' });
    expect(result).toEqual({ path: join(workspace, 'report.pdf'), bytes: pdf.byteLength });
    expect(new Uint8Array(readFileSync(result!.path))).toEqual(pdf);
    // The report view gets the scenario with its dataset and the language of the UI that asked for the PDF.
    expect(seen).toMatchObject({ scenario: { name: '보고서', dataset: { id: 'tiny' } }, language: 'ko' });
    await expect(service.getReportJob({ id: jobId })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses printer output that is not a PDF and writes nothing', async () => {
    const { service, workspace } = browserService({ print: async () => new TextEncoder().encode('<html>') });
    const { datasetId, scenario } = await held(service, tinyScenario());
    await expect(service.exportPdf({ path: 'r.pdf', datasetId, scenario })).rejects.toMatchObject({
      code: 'printer',
    });
    expect(existsSync(join(workspace, 'r.pdf'))).toBe(false);
  });

  it('keeps unsaved work for recovery across a restart until cleared', async () => {
    const { service, restart } = browserService();
    expect((await service.listRecovery({})).copies).toEqual([]);
    const unsaved = await held(service, tinyScenario('unsaved work'));
    await service.autosave(unsaved);
    // Not offered while its page holds it.
    expect((await service.listRecovery({})).copies).toEqual([]);
    const again = restart();
    const { copies } = await again.listRecovery({});
    expect(copies.map((c) => [c.document, c.name])).toEqual([[unsaved.document, 'unsaved work']]);
    // Restored as the same document, with the dataset the copy was kept with.
    const restored = await again.restoreRecovery({ document: unsaved.document });
    expect(restored).toMatchObject({ document: unsaved.document, scenario: { name: 'unsaved work' } });
    expect(datasetFromWire(await again.getDataset({ datasetId: restored.datasetId })).id).toBe('tiny');
    await expect(again.restoreRecovery({ document: unsaved.document })).rejects.toMatchObject({ code: 'conflict' });
    await again.clearRecovery({ document: unsaved.document });
    await again.releaseDocument({ document: unsaved.document });
    expect((await again.listRecovery({})).copies).toEqual([]);
  });

  it('opens only http(s) links', async () => {
    const opened: string[] = [];
    const service = createWorkbenchService({
      dataDir,
      workspaceDir: null,
      userDataDir: tempDir(),
      host: 'electron',
      version: '1',
      locale: 'en',
      ports: { opener: { openExternal: async (url) => void opened.push(url) } },
    });
    await service.openExternal({ url: 'https://example.org/a' });
    await expect(service.openExternal({ url: 'file:///etc/passwd' })).rejects.toMatchObject({ code: 'forbidden' });
    expect(opened).toEqual(['https://example.org/a']);
  });
});

describe('workbench service in Electron (native dialogs)', () => {
  it('opens and saves picked files, returns null on cancel, and refuses paths nobody picked', async () => {
    const folder = tempDir();
    const file = join(folder, 'picked.sewb');
    writeFileSync(file, serializeScenario(tinyScenario('picked')));
    const answers: (string | null)[] = [file, null];
    const service = createWorkbenchService({
      dataDir,
      workspaceDir: null,
      userDataDir: join(folder, 'user'),
      host: 'electron',
      version: '1',
      locale: 'en',
      ports: {
        dialogs: {
          pickOpenPath: async () => answers.shift() ?? null,
          pickSavePath: async (name, ext) => join(folder, `${name}.${ext}`),
        },
      },
    });
    const opened = await service.openScenario({ path: null });
    expect(opened!.scenario.name).toBe('picked');
    expect(await service.openScenario({ path: null })).toBeNull();
    const doc = { document: opened!.document, datasetId: opened!.datasetId };
    await service.saveScenario({
      path: file,
      ...doc,
      scenario: { ...opened!.scenario, name: 'changed' },
      expected: opened!.fingerprint,
    });
    expect((await readScenarioFile(file)).name).toBe('changed');
    const saveAs = await service.saveScenario({
      path: null,
      ...doc,
      scenario: { ...opened!.scenario, name: 'a/b: c' },
      expected: null,
    });
    expect(saveAs!.path).toBe(join(folder, 'a-b- c.sewb'));
    await expect(service.openScenario({ path: join(folder, 'elsewhere.sewb') })).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect((await service.getAppInfo({})).nativeDialogs).toBe(true);
  });
});

describe('dispatcher over the service', () => {
  it('refuses an invalid payload with invalid-request naming the field', async () => {
    const { service } = browserService();
    const dispatch = createDispatcher(service);
    const doc = await held(service, tinyScenario());
    const scenario = { ...doc.scenario, criteria: [{ benchmark: 'acc', weight: 'heavy' }] };
    const envelope = await dispatch('saveScenario', { path: 'x.sewb', ...doc, scenario, expected: null });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(envelope.ok || envelope.error.message).toMatch(/^saveScenario: scenario\.criteria\.0\.weight: /);
    expect(await dispatch('getAppInfo', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await dispatch('constructor', {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
