import { useCallback, useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../../shared/domain/scenario';
import type { ProbabilityResult } from '../../../shared/evaluation/programme/monte-carlo';
import type { ProbabilityMessage, ProbabilityRequest } from './programme-protocol';

/** What the hook needs of a Worker (a real one in the app; tests may run the handler in-process). */
export interface ProbabilityWorker {
  onmessage: ((e: MessageEvent<ProbabilityMessage>) => void) | null;
  postMessage: (m: ProbabilityRequest) => void;
  terminate: () => void;
}

export type CreateProbabilityWorker = () => ProbabilityWorker;

const createProgrammeWorker: CreateProbabilityWorker = () =>
  new Worker(new URL('./programme.worker.ts', import.meta.url), { type: 'module' });

export interface ProbabilityRun {
  status: 'off' | 'running' | 'done' | 'cancelled' | 'error';
  done: number;
  total: number;
  result: ProbabilityResult | null;
  error: string | null;
}

const OFF: ProbabilityRun = { status: 'off', done: 0, total: 0, result: null, error: null };
const starting = (scenario: Scenario): ProbabilityRun => ({
  status: 'running',
  done: 0,
  total: scenario.uncertainty.samples,
  result: null,
  error: null,
});

interface KeyedRun {
  scenario: Scenario;
  attempt: number;
  run: ProbabilityRun;
}

/**
 * Runs the rounds' Monte Carlo in a worker whenever the scenario changes while uncertainty is on;
 * a new scenario supersedes (terminates) the run in progress. Cancel terminates the worker; run()
 * starts again. The result is the scenario's: same scenario and seed, same figures.
 */
export function useProgrammeProbabilities(
  scenario: Scenario,
  createWorker: CreateProbabilityWorker = createProgrammeWorker,
): ProbabilityRun & { cancel: () => void; run: () => void } {
  const enabled = scenario.uncertainty.enabled && (scenario.programme?.rounds.length ?? 0) > 0;
  const [attempt, setAttempt] = useState(0);
  // The last run's state with the scenario and attempt it belongs to; any other pair is starting.
  const [last, setLast] = useState<KeyedRun | null>(null);
  const runOf = (k: KeyedRun | null) =>
    k && k.scenario === scenario && k.attempt === attempt ? k.run : starting(scenario);
  const state = enabled ? runOf(last) : OFF;
  const worker = useRef<ProbabilityWorker | null>(null);
  const create = useRef(createWorker);

  useEffect(() => {
    if (!enabled) return;
    const id = attempt;
    const w = create.current();
    worker.current = w;
    const update = (next: (run: ProbabilityRun) => ProbabilityRun) =>
      setLast((k) => ({
        scenario,
        attempt: id,
        run: next(k && k.scenario === scenario && k.attempt === id ? k.run : starting(scenario)),
      }));
    w.onmessage = (e) => {
      const m = e.data;
      if (m.id !== id) return;
      if (m.type === 'progress') update((s) => (s.status === 'running' ? { ...s, done: m.done, total: m.total } : s));
      else if (m.type === 'result')
        update(() => ({
          status: 'done',
          done: m.result.samples,
          total: m.result.samples,
          result: m.result,
          error: null,
        }));
      else update(() => ({ status: 'error', done: 0, total: 0, result: null, error: m.message }));
      if (m.type !== 'progress') {
        w.terminate();
        if (worker.current === w) worker.current = null;
      }
    };
    w.postMessage({ type: 'probabilities', id, scenario });
    return () => {
      w.terminate();
      if (worker.current === w) worker.current = null;
    };
  }, [enabled, scenario, attempt]);

  const cancel = () => {
    worker.current?.terminate();
    worker.current = null;
    const run = runOf(last);
    if (run.status === 'running') setLast({ scenario, attempt, run: { ...run, status: 'cancelled' } });
  };
  const run = useCallback(() => setAttempt((a) => a + 1), []);
  return { ...state, cancel, run };
}
