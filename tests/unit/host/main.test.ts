import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../services/fixtures';
import { call } from './http-client';

const root = resolve(__dirname, '../../..');

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });

describe('npm run serve entry (electron/host/main.ts)', () => {
  it('creates the workspace, prints exactly one line with the URL, serves, and exits cleanly on SIGINT', async () => {
    const workspace = join(tempDir(), 'new-workspace');
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/main.ts', '--port', String(port)], {
      cwd: root,
      env: { ...process.env, WORKBENCH_WORKSPACE: workspace },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const firstLine = await new Promise<string>((done, fail) => {
      child.stdout.on('data', (c: Buffer) => {
        stdout += c.toString();
        if (stdout.includes('\n')) done(stdout.split('\n')[0]);
      });
      child.on('exit', (code) => fail(new Error(`exited with ${code}: ${stderr}`)));
    });
    const match = /^Sovereign Eval Workbench: http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+)$/.exec(firstLine);
    expect(match, firstLine).not.toBeNull();
    expect(Number(match![1])).toBe(port);
    expect(existsSync(workspace)).toBe(true);
    const info = await call(port, {
      method: 'POST',
      path: '/api/getAppInfo',
      headers: { 'content-type': 'application/json', 'x-workbench-token': match![2] },
      body: '{}',
    });
    expect(info.json()).toMatchObject({ ok: true, result: { workspace } });
    const exit = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(stdout).toBe(`${firstLine}\n`);
  });
});
