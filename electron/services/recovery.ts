import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ScenarioSchema, type Scenario } from '../../shared/domain/scenario';
import { writeFileAtomic } from './atomic-write';
import { toIoError } from './io-error';
import { migrateScenario } from './scenario-file';

/** `<userDataDir>/recovery/autosave.json`: the last unsaved scenario and when it was kept. */
const RecoveryFileSchema = z.object({ kind: z.literal('sewb-recovery'), savedAt: z.string(), scenario: z.unknown() });

export interface Recovery {
  save(scenario: Scenario): Promise<void>;
  /** The kept scenario, or null when there is none or it cannot be read any more. */
  load(): Promise<{ scenario: Scenario; savedAt: string } | null>;
  clear(): Promise<void>;
}

export function createRecovery(userDataDir: string, now: () => Date = () => new Date()): Recovery {
  const dir = join(userDataDir, 'recovery');
  const file = join(dir, 'autosave.json');
  return {
    async save(scenario) {
      const body = { kind: 'sewb-recovery', savedAt: now().toISOString(), scenario };
      try {
        await mkdir(dir, { recursive: true });
        await writeFileAtomic(file, JSON.stringify(body));
      } catch (error) {
        throw toIoError(error, file, 'keep a recovery copy');
      }
    },
    async load() {
      const text = await readFile(file, 'utf8').catch(() => null);
      if (text === null) return null;
      try {
        const wrapper = RecoveryFileSchema.parse(JSON.parse(text));
        const scenario = ScenarioSchema.parse(migrateScenario(wrapper.scenario, file));
        return { scenario, savedAt: wrapper.savedAt };
      } catch {
        return null;
      }
    },
    async clear() {
      await rm(file, { force: true });
    },
  };
}
