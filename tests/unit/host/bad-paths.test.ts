import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../../electron/host/server';
import { filePathFields, methodNames, type MethodName } from '../../../shared/api/contract';
import { TOKEN_HEADER } from '../../../shared/api/http';
import { withoutDataset } from '../../../shared/domain/scenario';
import { tinyDataset, tinyScenario } from '../services/fixtures';
import { call, putDatasetOverHttp } from './http-client';

/**
 * Every file-taking method of the contract (derived from the contract: a new one fails here until it
 * has a base request) gets every kind of bad path over HTTP. Each answers a 4xx whose message names the
 * field, and no reply shows an absolute path (the workspace's, the temp folder's or any other).
 */

const dataDir = resolve(__dirname, '../../../data');

/** The document and dataset ids a request names: handed out by the host in beforeAll. */
const ids = { document: '', datasetId: '' };
const body = withoutDataset(tinyScenario());

/** A valid request for the method apart from its path field, and the extension its files have. */
const BASE: Partial<Record<MethodName, { request: () => Record<string, unknown>; ext: string; wantsFolder?: true }>> = {
  listDirectory: { request: () => ({}), ext: '', wantsFolder: true },
  openScenario: { request: () => ({}), ext: '.sewb' },
  saveScenario: { request: () => ({ ...ids, scenario: body, expected: null }), ext: '.sewb' },
  exportPdf: { request: () => ({ datasetId: ids.datasetId, scenario: body }), ext: '.pdf' },
  exportComparisonPdf: {
    request: () => ({
      documents: [
        { name: 'a', datasetId: ids.datasetId, scenario: body },
        { name: 'b', datasetId: ids.datasetId, scenario: body },
      ],
    }),
    ext: '.pdf',
  },
  previewImport: { request: () => ({ datasetId: ids.datasetId }), ext: '.csv' },
  commitImport: { request: () => ({ ...ids, mapping: {}, edits: [] }), ext: '.csv' },
  exportDataset: { request: () => ({ datasetId: ids.datasetId, format: 'csv' }), ext: '.csv' },
  exportMatrix: { request: () => ({ datasetId: ids.datasetId, scenario: body, format: 'csv' }), ext: '.csv' },
};

const fileMethods = methodNames.filter((m) => filePathFields(m).length > 0);

let host: RunningHost;
let root: string;
let workspace: string;
let outside: string;

beforeAll(async () => {
  // Not the per-test tempDir: the folders live for the whole file.
  root = realpathSync(mkdtempSync(join(tmpdir(), 'sewb-bad-paths-')));
  workspace = join(root, 'ws');
  outside = join(root, 'outside');
  for (const dir of [workspace, outside]) mkdirSync(dir);
  for (const ext of ['.sewb', '.pdf', '.csv', '']) {
    writeFileSync(join(outside, `file${ext}`), 'outside the workspace');
    mkdirSync(join(workspace, `dir${ext || '-plain'}`));
    writeFileSync(join(workspace, `file${ext || '-plain'}`), 'a file');
    symlinkSync(join(outside, `file${ext}`), join(workspace, `link${ext || '-plain'}`));
  }
  symlinkSync(outside, join(workspace, 'link-dir'));
  host = await startHost({ workspaceDir: workspace, dataDir, rendererDir: join(root, 'renderer'), version: '1' });
  const post = async (method: string, request: unknown) =>
    (
      await call(host.port, {
        method: 'POST',
        path: `/api/${method}`,
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
        body: JSON.stringify(request),
      })
    ).json() as { result: Record<string, string> };
  ids.datasetId = await putDatasetOverHttp(host.port, host.token, tinyDataset());
  ids.document = (await post('newDocument', { datasetId: ids.datasetId })).result.document;
}, 60_000);
afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

/** The bad values of a path field and the status each must get. */
function badPaths(ext: string, wantsFolder: boolean): [string, string, number][] {
  const plain = ext || '-plain';
  return [
    ['a NUL byte', `a\u0000b${ext}`, 400],
    ['a control character', `a\u0007b${ext}`, 400],
    ['a line break', `a\nb${ext}`, 400],
    ['../ out of the workspace', `../outside/file${ext}`, 403],
    ['an absolute path outside', join(outside, `file${ext}`), 403],
    ['a symlink out', wantsFolder ? 'link-dir' : `link${plain}`, 403],
    [wantsFolder ? 'a file' : 'a directory', wantsFolder ? `file${plain}` : `dir${plain}`, 400],
    ['a missing file', `no-such-folder/file${ext}`, 404],
  ];
}

/** Absolute paths a reply must not contain: this test's folders, the temp folder, any "/…" after a boundary. */
function absolutePathsIn(text: string): string[] {
  const found: string[] = [];
  for (const dir of [root, workspace, outside, tmpdir(), realpathSync(tmpdir()), dataDir])
    if (text.includes(dir)) found.push(dir);
  const posix = /(?:^|[\s'"`(=,[])(\/[A-Za-z0-9._-][^\s'"`]*)/g;
  for (const match of text.matchAll(posix)) found.push(match[1]);
  return found;
}

describe('bad paths in every file-taking API method', () => {
  it('finds the file-taking methods in the contract, and each has a base request here', () => {
    expect(fileMethods).toEqual(expect.arrayContaining(['openScenario', 'saveScenario', 'listDirectory']));
    expect(Object.keys(BASE).sort()).toEqual([...fileMethods].sort());
  });

  for (const method of fileMethods)
    for (const field of filePathFields(method))
      it(`${method}.${field}: 4xx naming the field, no absolute path`, async () => {
        const base = BASE[method];
        if (!base) throw new Error(`add a base request for ${method} to BASE`);
        for (const [what, path, status] of badPaths(base.ext, base.wantsFolder === true)) {
          const reply = await call(host.port, {
            method: 'POST',
            path: `/api/${method}`,
            headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
            body: JSON.stringify({ ...base.request(), [field]: path }),
          });
          const body = reply.json() as { ok: boolean; error: { code: string; message: string; path: string | null } };
          expect(reply.status, `${what}: ${reply.text}`).toBe(status);
          expect(body.ok, what).toBe(false);
          expect(body.error.message, what).toMatch(new RegExp(`(^|: )${field}: `));
          expect(absolutePathsIn(body.error.message), `${what}: ${body.error.message}`).toEqual([]);
          expect(absolutePathsIn(body.error.path ?? ''), `${what}: ${body.error.path}`).toEqual([]);
          expect(absolutePathsIn(reply.text.replace(/\\u0000|\\u0007|\\n/g, ' ')), what).toEqual([]);
        }
      });
});
