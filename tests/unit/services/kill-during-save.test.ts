import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { TEMP_NAME } from '../../../electron/services/atomic-write';
import { startHost } from '../../../electron/host/server';
import { parseScenarioBytes, serializeScenario } from '../../../electron/services/scenario-file';
import { tempDir, tinyScenario } from './fixtures';
import { notesFor, saveNumberOf } from './kill/save-format';

const KILLS = 100;
/** Every HANG_EVERY-th run is killed while it is stopped before the rename: a temp file is surely left. */
const HANG_EVERY = 10;

/** A small deterministic PRNG (mulberry32) for the kill delays: the same moments on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Starts the save loop, SIGKILLs it once `killAfter` resolves, and resolves with the signal that ended it. */
function runAndKill(
  script: string,
  args: string[],
  killAfter: (child: { waitFor(line: string): Promise<void> }) => Promise<void>,
): Promise<NodeJS.Signals | string> {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const waiters: { line: string; done(): void }[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    for (const w of waiters.splice(0))
      if (out.split('\n').includes(w.line)) w.done();
      else waiters.push(w);
  });
  const exited = new Promise<NodeJS.Signals | string>((done) =>
    child.on('exit', (code, signal) => done(signal ?? `exit code ${code}`)),
  );
  const control = {
    waitFor: (line: string) =>
      new Promise<void>((done) => (out.split('\n').includes(line) ? done() : waiters.push({ line, done }))),
  };
  return killAfter(control).then(async () => {
    child.kill('SIGKILL');
    return exited;
  });
}

const tempsIn = (dir: string) => readdirSync(dir).filter((name) => TEMP_NAME.test(name));

describe('a kill during a save', () => {
  it('leaves the complete old or the complete new file, 100 kills at random moments; a restart sweeps the temp files', async () => {
    const dir = tempDir('sewb-kill-');
    const workspace = join(dir, 'ws');
    const out = join(dir, 'bundle');
    // The child runs the services' own code, bundled once so that each start takes milliseconds.
    buildSync({
      entryPoints: [resolve(__dirname, 'kill/save-loop.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: join(out, 'save-loop.cjs'),
      logLevel: 'silent',
    });
    const script = join(out, 'save-loop.cjs');
    mkdirSync(workspace);
    const target = join(workspace, 'kept.sewb');
    const scenarioFile = join(dir, 'base.json');
    writeFileSync(scenarioFile, JSON.stringify(tinyScenario('killed mid-save')));
    writeFileSync(target, serializeScenario({ ...tinyScenario('killed mid-save'), notes: notesFor(0) }));

    const random = mulberry32(20260101);
    let previous = 0;
    let advanced = 0;
    for (let run = 1; run <= KILLS; run++) {
      const hang = run % HANG_EVERY === 0;
      const signal = await runAndKill(
        script,
        [target, scenarioFile, String(previous), hang ? String(previous + 2) : '-1'],
        async (child) => {
          await child.waitFor(hang ? 'hung' : 'ready');
          if (!hang) await new Promise((done) => setTimeout(done, random() * 40));
        },
      );
      expect(signal, `run ${run}`).toBe('SIGKILL');
      // The file parses as a scenario (the schema), and its notes are exactly those of one save.
      const scenario = parseScenarioBytes(readFileSync(target), 'kept.sewb');
      const n = saveNumberOf(scenario.notes);
      expect(n, `run ${run}: the file is not one complete save`).not.toBeNull();
      // The old one (the last save before this run) or a newer complete one; never older.
      expect(n!, `run ${run}`).toBeGreaterThanOrEqual(previous);
      if (n! > previous) advanced += 1;
      previous = n!;
    }
    const left = tempsIn(workspace);
    console.info(`kill test: ${advanced} of ${KILLS} runs saved at least once; ${left.length} temp files left`);
    expect(left.length).toBeGreaterThanOrEqual(KILLS / HANG_EVERY);

    // A restart later on (the temp files are over a minute old by then) sweeps them; the file stays.
    const old = new Date(Date.now() - 5 * 60_000);
    for (const name of left) utimesSync(join(workspace, name), old, old);
    const before = readFileSync(target, 'utf8');
    const host = await startHost({
      workspaceDir: workspace,
      dataDir: resolve(__dirname, '../../../data'),
      rendererDir: dir,
    });
    await host.close();
    expect(tempsIn(workspace)).toEqual([]);
    expect(readFileSync(target, 'utf8')).toBe(before);
  }, 120_000);
});
