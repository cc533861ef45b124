/**
 * .sewb figures for `npm run bench`: the generated scenario of grid.ts (N models × 200 benchmarks, one observation
 * per cell; N = $SEWB_BENCH_GRID_MODELS, default 10,000, i.e. 2,000,000 observations) saved and opened as a
 * version 1 (JSON) and a version 2 (zip: JSON manifest + Arrow IPC observations) file in a temp folder, by the
 * services the app uses (electron/services/scenario-file.ts). Each round does v1 save, v2 save, v1 open, v2 open
 * in turn (ROUNDS rounds, $SEWB_BENCH_SEWB_ROUNDS, default 3, so both formats meet the same machine state);
 * reported: seconds per operation (median, min and max over the rounds), file sizes, the ratio v1 / v2 of the
 * medians and the lowest and highest ratio within a round.
 * - save: from the validated Scenario to the file renamed into place (serialize, atomic write, fsync);
 * - open: from the path to the validated Scenario (read, parse, check: zod for v1; manifest zod, Arrow decode and
 *   the column-by-column check for v2) with every observation as a row object;
 * - v2HeldOpen / v2HeldSave: what the host does on Open and on Save of an unchanged dataset — open to the checked
 *   scenario whose observations stay the file's Arrow bytes (no row objects), save writing those very bytes.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScenarioSchema } from '../../shared/domain/scenario';
import {
  readHeldScenarioDocument,
  readScenarioFile,
  writeHeldScenarioFile,
  writeScenarioFile,
  writeScenarioV1File,
} from '../../electron/services/scenario-file';
import { generatedScenario } from './grid';

const ROUNDS = Number(process.env.SEWB_BENCH_SEWB_ROUNDS ?? 3);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
const summary = (xs: number[]) => ({
  medianSeconds: round(median(xs)),
  minSeconds: round(Math.min(...xs)),
  maxSeconds: round(Math.max(...xs)),
});

async function timed(action: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await action();
  return (performance.now() - t0) / 1000;
}

export async function bench(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'sewb-format-bench-'));
  try {
    const scenario = ScenarioSchema.parse(generatedScenario());
    const observations = scenario.dataset.observations.length;
    const v1 = join(dir, 'v1.sewb');
    const v2 = join(dir, 'v2.sewb');
    const times = {
      v1Save: [] as number[],
      v2Save: [] as number[],
      v1Open: [] as number[],
      v2Open: [] as number[],
      v2HeldOpen: [] as number[],
      v2HeldSave: [] as number[],
    };
    const held = join(dir, 'held.sewb');
    for (let r = 0; r < ROUNDS; r++) {
      times.v1Save.push(await timed(() => writeScenarioV1File(v1, scenario)));
      times.v2Save.push(await timed(() => writeScenarioFile(v2, scenario)));
      let opened = 0;
      times.v1Open.push(await timed(async () => (opened = (await readScenarioFile(v1)).dataset.observations.length)));
      if (opened !== observations) throw new Error('the v1 file lost observations');
      times.v2Open.push(await timed(async () => (opened = (await readScenarioFile(v2)).dataset.observations.length)));
      if (opened !== observations) throw new Error('the v2 file lost observations');
      let document: Awaited<ReturnType<typeof readHeldScenarioDocument>> | null = null;
      times.v2HeldOpen.push(await timed(async () => (document = await readHeldScenarioDocument(v2))));
      const heldScenario = document!.held;
      if (heldScenario.dataset.observationCount !== observations) throw new Error('the held v2 file lost observations');
      times.v2HeldSave.push(await timed(() => writeHeldScenarioFile(held, heldScenario)));
      document = null;
    }
    const ratio = (a: number[], b: number[]) => round(median(a) / median(b), 1);
    /** The ratio within each round (paired: the same machine state), lowest and highest. */
    const paired = (a: number[], b: number[]) => {
      const r = a.map((x, i) => x / b[i]);
      return [round(Math.min(...r), 1), round(Math.max(...r), 1)];
    };
    return {
      models: scenario.dataset.models.length,
      criteria: scenario.criteria.length,
      observations,
      rounds: ROUNDS,
      v1FileMb: Math.round(statSync(v1).size / 2 ** 20),
      v2FileMb: Math.round(statSync(v2).size / 2 ** 20),
      v1Save: summary(times.v1Save),
      v2Save: summary(times.v2Save),
      v1Open: summary(times.v1Open),
      v2Open: summary(times.v2Open),
      v2HeldOpen: summary(times.v2HeldOpen),
      v2HeldSave: summary(times.v2HeldSave),
      saveRatioV1toV2: ratio(times.v1Save, times.v2Save),
      openRatioV1toV2: ratio(times.v1Open, times.v2Open),
      savePairedRatios: paired(times.v1Save, times.v2Save),
      openPairedRatios: paired(times.v1Open, times.v2Open),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
