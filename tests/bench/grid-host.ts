/**
 * The browser host of the grid bench in a process of its own, so its peak resident memory is the host's alone
 * (not the bench's, which holds the generated scenario). Started by grid.ts with the workspace folder as its
 * argument; prints `{"url": …}` as its first line, then answers each line on stdin:
 * - `reset`: clears the peak (writes 5 to /proc/self/clear_refs, Linux), answers `{"reset": true}`;
 * - `peak`: answers `{"peakRssMb": VmHWM, "rssMb": VmRSS}` from /proc/self/status.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startHost } from '../../electron/host/server';

const root = join(__dirname, '../..');
const statusMb = (field: string): number => {
  const line = readFileSync('/proc/self/status', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  return Math.round(Number(/(\d+)/.exec(line ?? '')?.[1] ?? NaN) / 1024);
};

async function main(): Promise<void> {
  const host = await startHost({
    workspaceDir: process.argv[2],
    dataDir: join(root, 'data'),
    // $SEWB_BENCH_GRID_RENDERER: another renderer build (a baseline's out/renderer) to compare with.
    rendererDir: process.env.SEWB_BENCH_GRID_RENDERER ?? join(root, 'out/renderer'),
  });
  process.stdout.write(`${JSON.stringify({ url: host.url })}\n`);
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'reset') {
      writeFileSync('/proc/self/clear_refs', '5');
      process.stdout.write(`${JSON.stringify({ reset: true })}\n`);
    } else if (line === 'peak')
      process.stdout.write(`${JSON.stringify({ peakRssMb: statusMb('VmHWM'), rssMb: statusMb('VmRSS') })}\n`);
  }
  await host.close();
}

void main();
