import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter, findChromium, type ChromiumPrinter } from '../../../electron/host/chromium-printer';
import { startHost } from '../../../electron/host/server';
import { withoutDataset } from '../../../shared/domain/scenario';
import { tempDir, tinyScenario } from '../services/fixtures';
import { call, putDatasetOverHttp } from './http-client';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromium);
const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!hasChromium) console.warn(`chromium printer tests skipped: no Chromium at ${chromium} (set CHROME_PATH)`);

const pdfText = (pdf: Uint8Array): string => {
  const dir = tempDir();
  writeFileSync(join(dir, 'r.pdf'), pdf);
  return execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
};

/** Pages that mark themselves ready (or not) the way the report view does. */
const PAGES: Record<string, string> = {
  '/ready': `<!doctype html><html><body><h1>Printer check 한국어 보고서</h1>
    <script>setTimeout(() => document.documentElement.setAttribute('data-report-ready', 'true'), 200)</script></body></html>`,
  '/never': '<!doctype html><html><body>still loading</body></html>',
  '/broken': `<!doctype html><html><body><script>document.documentElement.setAttribute('data-report-ready', 'error')</script></body></html>`,
};

describe.skipIf(!hasChromium)('Chromium report printer', () => {
  let server: Server;
  let origin = '';
  let printer: ChromiumPrinter;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const page = PAGES[new URL(req.url ?? '/', 'http://x').pathname];
      res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(page ?? 'no');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    printer = createChromiumPrinter({ reportUrl: (job) => `${origin}/${job}`, timeoutMs: 3_000 });
  });
  afterAll(async () => {
    await printer.close();
    await new Promise((done) => server.close(done));
  });

  it('prints a page once it is marked ready: an A4 PDF with its text', async () => {
    const pdf = await printer.print('ready');
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    // A4 is 595 × 842 pt.
    expect(Buffer.from(pdf).toString('latin1')).toMatch(
      /\/MediaBox \[0 0 595(\.\d+)? 841\.9|\/MediaBox \[0 0 595(\.\d+)? 842/,
    );
    if (hasPdftotext) {
      const text = pdfText(pdf);
      expect(text).toContain('Printer check');
      expect(text).toContain('한국어 보고서');
      expect(text).toMatch(/\b1\s*\/\s*1\b/); // the page-number footer
    }
    // The same browser serves the next job.
    expect((await printer.print('ready')).byteLength).toBeGreaterThan(500);
  });

  it('fails with a printer error when the page never becomes ready or reports an error', async () => {
    await expect(printer.print('never')).rejects.toMatchObject({
      code: 'printer',
      message: expect.stringContaining('did not become ready within 3 s'),
    });
    await expect(printer.print('broken')).rejects.toMatchObject({
      code: 'printer',
      message: expect.stringContaining('could not render'),
    });
  });

  it('prints the report of a job through the browser host, end to end', async () => {
    const root = tempDir('sewb-print-');
    const renderer = join(root, 'renderer');
    const workspace = join(root, 'ws');
    mkdirSync(renderer);
    mkdirSync(workspace);
    writeFileSync(
      join(renderer, 'index.html'),
      '<!doctype html><html><body><p id="out"></p><script src="/report.js"></script></body></html>',
    );
    // A stand-in for the renderer's report view: fetch the job over the API, show its name, mark ready.
    writeFileSync(
      join(renderer, 'report.js'),
      `const q = new URLSearchParams(location.search);
       fetch('/api/getReportJob', { method: 'POST', headers: { 'content-type': 'application/json', 'x-workbench-token': q.get('token') }, body: JSON.stringify({ id: q.get('report') }) })
         .then((r) => r.json())
         .then((e) => { document.getElementById('out').textContent = 'Report of ' + e.result.scenario.name; document.documentElement.setAttribute('data-report-ready', 'true'); });`,
    );
    const host = await startHost({
      workspaceDir: workspace,
      dataDir: resolve(__dirname, '../../../data'),
      rendererDir: renderer,
    });
    try {
      const post = (method: string, request: unknown) =>
        call(host.port, {
          method: 'POST',
          path: `/api/${method}`,
          headers: { 'content-type': 'application/json', 'x-workbench-token': host.token },
          body: JSON.stringify(request),
        });
      const scenario = tinyScenario('Round one check');
      const datasetId = await putDatasetOverHttp(host.port, host.token, scenario.dataset);
      const reply = await post('exportPdf', {
        path: 'out.pdf',
        datasetId,
        scenario: withoutDataset(scenario),
      });
      expect(reply.json()).toMatchObject({ ok: true, result: { path: join(workspace, 'out.pdf') } });
      const pdf = readFileSync(join(workspace, 'out.pdf'));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      if (hasPdftotext) expect(pdfText(pdf)).toContain('Report of Round one check');
    } finally {
      await host.close();
    }
  });
});

describe('findChromium', () => {
  it('names every place it tried when there is no Chromium', () => {
    const saved = process.env.CHROME_PATH;
    process.env.CHROME_PATH = '/nowhere/chrome';
    try {
      expect(() => findChromium('/also/nowhere')).toThrow(
        /tried chromePath \/also\/nowhere, CHROME_PATH=\/nowhere\/chrome, \/usr\/bin\/chromium/,
      );
      expect(() => findChromium('/also/nowhere')).toThrow(expect.objectContaining({ code: 'printer' }));
    } finally {
      if (saved === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = saved;
    }
  });
});
