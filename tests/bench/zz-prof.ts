import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../electron/host/chromium-printer';
import { startHost } from '../../electron/host/server';
(async () => {
  const ws = mkdtempSync(join(tmpdir(), 'frame-prof-'));
  const host = await startHost({ workspaceDir: ws, userDataDir: join(ws, '.h'), dataDir: join(__dirname, '../../data'), rendererDir: join(__dirname, '../../out/renderer') });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  await page.goto(host.url);
  await page.getByRole('row', { name: /^K-EXAONE\b/ }).waitFor();
  await page.getByRole('tab', { name: 'Weights' }).click();
  await page.getByRole('table', { name: 'Ranking' }).waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.evaluate(`(async () => {
    const thumb = document.querySelector('[role="slider"][aria-label="τ²-Bench Retail"]');
    thumb.focus();
    for (let i = 0; i < 60; i++) { thumb.dispatchEvent(new KeyboardEvent('keydown', { key: i % 2 ? 'Home' : 'End', bubbles: true })); await new Promise(r => requestAnimationFrame(r)); await new Promise(r => setTimeout(r, 30)); }
  })()`);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const dts = profile.timeDeltas!;
  const total = new Map<string, number>();
  profile.samples!.forEach((s, i) => {
    const seen = new Set<string>();
    for (let id: number | undefined = s; id !== undefined; id = parent.get(id)) {
      const n = byId.get(id)!; const k = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
      if (!seen.has(k)) { seen.add(k); total.set(k, (total.get(k) ?? 0) + (dts[i + 1] ?? 0) / 1000); }
    }
  });
  console.log([...total].sort((a, b) => b[1] - a[1]).slice(0, 45).map(([k, v]) => `${(v / 60).toFixed(2)}ms ${k}`).join('\n'));
  await browser.close(); await host.close();
})();
