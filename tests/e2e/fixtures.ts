import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { startHost } from '../../electron/host/server';

const root = resolve(__dirname, '../..');

export interface HostFixture {
  url: string;
  origin: string;
  token: string;
  workspace: string;
}

/** Each test gets its own browser host (the real services) over a fresh workspace folder. */
export const test = base.extend<{ host: HostFixture }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture parameter list; this fixture needs none.
  host: async ({}, use) => {
    const workspace = mkdtempSync(join(tmpdir(), 'sewb-e2e-'));
    const host = await startHost({
      workspaceDir: workspace,
      dataDir: join(root, 'data'),
      rendererDir: join(root, 'out/renderer'),
    });
    await use({ url: host.url, origin: new URL(host.url).origin, token: host.token, workspace });
    await host.close();
    rmSync(workspace, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
