import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppAsset } from '../../../electron/shell/app-protocol';

// A real folder: <tmp>/renderer (served), a sibling <tmp>/renderer-evil and a secret beside them.
const base = mkdtempSync(join(tmpdir(), 'sewb-protocol-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
mkdirSync(join(base, 'renderer-evil'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)');
writeFileSync(join(base, 'secret.txt'), 'secret');
writeFileSync(join(base, 'renderer-evil', 'x.js'), 'evil');
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('app:// traversal guard', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppAsset(root, 'app://renderer/')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://renderer/assets/index.js?v=1')).toBe(join(root, 'assets', 'index.js'));
  });

  it('refuses encoded separators, NUL bytes and broken escapes that would leave the folder', () => {
    for (const url of [
      'app://renderer/..%2fsecret.txt',
      'app://renderer/assets/..%2f..%2fsecret.txt',
      'app://renderer/..%2frenderer-evil/x.js',
      'app://renderer/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd',
      'app://renderer/index.html%00.js',
      'app://renderer/%E0%A4%A',
    ]) {
      expect(resolveAppAsset(root, url), url).toBeNull();
    }
  });

  it('keeps dot segments the URL parser collapses inside the folder', () => {
    for (const url of ['app://renderer/../secret.txt', 'app://renderer/%2e%2e/%2e%2e/secret.txt']) {
      expect(resolveAppAsset(root, url), url).toBe(join(root, 'secret.txt'));
    }
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppAsset(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppAsset(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppAsset(root, 'https://renderer/index.html')).toBeNull();
  });
});

describe('app:// handler', () => {
  const handle = createAppProtocolHandler(root);
  const get = (url: string) => handle(new Request(url));

  it('serves the page with its type and the CSP header', async () => {
    const page = await get('app://renderer/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("object-src 'none'");
    expect(await page.text()).toContain('<title>app</title>');
    expect((await get('app://renderer/assets/index.js')).headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('answers 403 to traversal and 404 to a missing file or a folder', async () => {
    const escaped = await get('app://renderer/..%2fsecret.txt');
    expect(escaped.status).toBe(403);
    expect(await escaped.text()).not.toContain('secret');
    const collapsed = await get('app://renderer/%2e%2e/secret.txt');
    expect(collapsed.status).toBe(404);
    expect((await get('app://renderer/..%2frenderer-evil/x.js')).status).toBe(403);
    expect((await get('app://renderer/missing.js')).status).toBe(404);
    expect((await get('app://renderer/assets')).status).toBe(404);
  });
});
