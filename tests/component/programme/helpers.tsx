import { mkdtempSync, readFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import i18next, { type i18n as I18n } from 'i18next';
import { useState, type ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { ScenarioSchema, type Scenario } from '../../../shared/domain/scenario';
import { handleProbabilityRequest } from '../../../renderer/src/workers/programme-handler';
import type { ProbabilityMessage } from '../../../renderer/src/workers/programme-protocol';
import type { ProbabilityWorker } from '../../../renderer/src/workers/useProgrammeProbabilities';

/** A shipped scenario, copied to a fresh temp folder and read back through ScenarioSchema as the app opens it. */
export function loadScenario(name: string): Scenario {
  const dir = mkdtempSync(join(tmpdir(), 'sewb-programme-'));
  const path = join(dir, `${name}.sewb`);
  copyFileSync(join(__dirname, '../../../data/scenarios', `${name}.sewb`), path);
  return ScenarioSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** An i18next instance like the shell's: no bundles of its own; the programme views add theirs. */
export async function makeI18n(lng: 'en' | 'ko' = 'en'): Promise<I18n> {
  const i18n = i18next.createInstance();
  await i18n
    .use(initReactI18next)
    .init({ lng, fallbackLng: 'en', resources: {}, interpolation: { escapeValue: false } });
  return i18n;
}

/** Holds the scenario like the app's store: each onChange replaces it; every scenario passed is recorded. */
export function Harness({
  i18n,
  initial,
  seen,
  render,
}: {
  i18n: I18n;
  initial: Scenario;
  seen: Scenario[];
  render: (scenario: Scenario, onChange: (next: Scenario) => void) => ReactNode;
}) {
  const [scenario, setScenario] = useState(initial);
  return (
    <I18nextProvider i18n={i18n}>
      {render(scenario, (next) => {
        seen.push(next);
        setScenario(next);
      })}
    </I18nextProvider>
  );
}

/**
 * The real worker's message handler run in this thread (jsdom has no Worker); its messages are
 * delivered one per macrotask, so a test sees the progress state and can cancel in between.
 */
export function inProcessWorker(): ProbabilityWorker & { terminated: boolean } {
  const w: ProbabilityWorker & { terminated: boolean } = {
    onmessage: null,
    terminated: false,
    postMessage(req) {
      const queue: ProbabilityMessage[] = [];
      setTimeout(() => {
        handleProbabilityRequest(req, (m) => queue.push(m));
        const deliver = () => {
          const m = queue.shift();
          if (!m || w.terminated) return;
          w.onmessage?.({ data: m } as MessageEvent<ProbabilityMessage>);
          setTimeout(deliver, 0);
        };
        deliver();
      }, 0);
    },
    terminate() {
      w.terminated = true;
    },
  };
  return w;
}
