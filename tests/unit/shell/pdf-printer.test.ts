import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A BrowserWindow stand-in whose page reports the given sequence of data-report-ready values. */
const windows: FakeWindow[] = [];
let readiness: unknown[] = [];
class FakeWindow {
  destroyed = false;
  options: Record<string, unknown>;
  loaded: string[] = [];
  probes: string[] = [];
  webContents = {
    executeJavaScript: vi.fn(async (code: string) => {
      this.probes.push(code);
      return readiness.length > 1 ? readiness.shift() : readiness[0];
    }),
    printToPDF: vi.fn(async (_options: Record<string, unknown>) => Buffer.from('%PDF-1.7 fake')),
  };
  constructor(options: Record<string, unknown>) {
    this.options = options;
    windows.push(this);
  }
  loadURL = vi.fn(async (url: string) => void this.loaded.push(url));
  isDestroyed = () => this.destroyed;
  destroy = () => void (this.destroyed = true);
}
vi.mock('electron', () => ({ BrowserWindow: FakeWindow }));

const { createPdfPrinter } = await import('../../../electron/shell/pdf-printer');
const { secureWebPreferences } = await import('../../../electron/shell/security');

const printer = (timeoutMs = 2_000) =>
  createPdfPrinter({
    webPreferences: secureWebPreferences('/out/preload/preload.cjs'),
    reportUrl: (id) => `app://renderer/index.html?report=${id}`,
    timeoutMs,
    pollMs: 5,
  });

beforeEach(() => {
  windows.length = 0;
});

describe('hidden-window PDF printer', () => {
  it('loads the report view hidden and securely, waits for ready, prints A4 with page numbers, closes', async () => {
    readiness = [null, null, 'false', 'true'];
    const bytes = await printer().print('0123abcd-ef');
    expect(Buffer.from(bytes).toString()).toBe('%PDF-1.7 fake');
    const [window] = windows;
    expect(window.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true } });
    expect(window.loaded).toEqual(['app://renderer/index.html?report=0123abcd-ef']);
    expect(window.probes).toHaveLength(4);
    expect(window.probes[0]).toContain('data-report-ready');
    const options = window.webContents.printToPDF.mock.calls[0][0];
    expect(options).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true });
    expect(options.footerTemplate).toContain('pageNumber');
    expect(options.footerTemplate).toContain('totalPages');
    expect(window.destroyed).toBe(true);
  });

  it('fails with a printer error and closes the window when the view reports an error', async () => {
    readiness = ['error'];
    await expect(printer().print('0123abcd')).rejects.toMatchObject({ code: 'printer' });
    expect(windows[0].webContents.printToPDF).not.toHaveBeenCalled();
    expect(windows[0].destroyed).toBe(true);
  });

  it('gives up after the timeout instead of hanging', async () => {
    readiness = [null];
    await expect(printer(50).print('0123abcd')).rejects.toMatchObject({ code: 'printer', message: /not ready/ });
    expect(windows[0].destroyed).toBe(true);
  });

  it('turns a crashed page into a printer error', async () => {
    readiness = ['true'];
    const failing = printer();
    const pending = failing.print('0123abcd');
    windows[0].webContents.printToPDF.mockRejectedValueOnce(new Error('render process gone'));
    await expect(pending).rejects.toMatchObject({ code: 'printer', message: /render process gone/ });
    expect(windows[0].destroyed).toBe(true);
  });
});
