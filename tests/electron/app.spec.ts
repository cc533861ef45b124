import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { methodNames } from '../../shared/api/contract';
import { findElectron } from './electron-binary';

const electron = findElectron();
const skipReason = 'reason' in electron ? `_electron suite skipped: ${electron.reason}` : '';
if (skipReason) console.log(skipReason);
test.skip(Boolean(skipReason), skipReason);

const ROOT = resolve(__dirname, '../..');
const CANDIDATES = ['K-EXAONE', 'A.X K1', 'Solar Open 100B', 'HyperCLOVA X SEED', 'VAETKI'];

let app: ElectronApplication;
let page: Page;
let profile: string;

test.beforeAll(async () => {
  if (!('path' in electron)) return;
  profile = mkdtempSync(join(tmpdir(), 'sewb-electron-'));
  app = await _electron.launch({
    executablePath: electron.path,
    args: [ROOT, '--lang=en-US'],
    cwd: ROOT,
    env: { ...process.env, WORKBENCH_USER_DATA_DIR: join(profile, 'user-data'), LANG: 'en_US.UTF-8' },
  });
  page = await app.firstWindow();
});

test.afterAll(async () => {
  await app?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('the window opens on the default data and shows the five candidates', async () => {
  for (const name of CANDIDATES) await expect(page.getByText(name, { exact: false }).first()).toBeVisible();
});

test('the page runs isolated and sandboxed with only the named API', async () => {
  const page_ = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    ipcRenderer: 'ipcRenderer' in globalThis,
    api: Object.keys((globalThis as unknown as { workbench: object }).workbench).sort(),
    shell: Object.keys((globalThis as unknown as { workbenchShell: object }).workbenchShell).sort(),
    // contextBridge hands the page a read-only copy: the page cannot replace or add methods.
    tamper: (() => {
      const api = (globalThis as unknown as { workbench: Record<string, unknown> }).workbench;
      try {
        api.getAppInfo = () => 'hijacked';
      } catch {
        /* strict-mode TypeError on a frozen object */
      }
      return typeof api.getAppInfo === 'function' && Object.isFrozen(api);
    })(),
    origin: location.origin === 'null' ? `${location.protocol}//${location.host}` : location.origin,
  }));
  expect(page_.require).toBe('undefined');
  expect(page_.process).toBe('undefined');
  expect(page_.ipcRenderer).toBe(false);
  expect(page_.api).toEqual([...methodNames].sort());
  expect(page_.tamper).toBe(true);
  expect(page_.shell).toEqual(['confirmClose', 'onCommand']);
  expect(page_.origin).toBe('app://renderer');
});

test('window.open and navigation away are refused', async () => {
  const before = page.url();
  const opened = await page.evaluate(() => window.open('https://example.org/') === null);
  expect(opened).toBe(true);
  await page.evaluate(() => {
    location.href = 'file:///etc/passwd';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
  expect(app.windows()).toHaveLength(1);
});

test('Export PDF prints the report view to an A4 PDF with the five candidates', async () => {
  const target = join(profile, 'report.pdf');
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
  }, target);
  await page.getByRole('button', { name: 'Export PDF', exact: true }).click();
  await expect.poll(() => existsSync(target), { timeout: 60_000 }).toBe(true);
  const bytes = new Uint8Array(readFileSync(target));
  expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: bytes }).promise;
  const first = await pdf.getPage(1);
  const [width, height] = first.view.slice(2);
  // A4 is 595 × 842 pt.
  expect(Math.round(width)).toBe(595);
  expect(Math.round(height)).toBe(842);
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
  }
  for (const name of CANDIDATES) expect(text).toContain(name);
});
