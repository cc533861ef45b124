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

export const createProgrammeWorker: CreateProbabilityWorker = () =>
  new Worker(new URL('./programme.worker.ts', import.meta.url), { type: 'module' });

export interface ProbabilityRun {
  status: 'off' | 'running' | 'done' | 'cancelled' | 'error';
  done: number;
  total: number;
  result: ProbabilityResult | null;
  error: string | null;
}

const OFF: ProbabilityRun = { status: 'off', done: 0, total: 0, result: null, error: null };

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
  const [state, setState] = useState<ProbabilityRun>(OFF);
  const [attempt, setAttempt] = useState(0);
  const worker = useRef<ProbabilityWorker | null>(null);
  const create = useRef(createWorker);

  useEffect(() => {
    if (!enabled) {
      setState(OFF);
      return;
    }
    const id = attempt;
    const w = create.current();
    worker.current = w;
    setState({ status: 'running', done: 0, total: scenario.uncertainty.samples, result: null, error: null });
    w.onmessage = (e) => {
      const m = e.data;
      if (m.id !== id) return;
      if (m.type === 'progress') setState((s) => ({ ...s, done: m.done, total: m.total }));
      else if (m.type === 'result')
        setState({ status: 'done', done: m.result.samples, total: m.result.samples, result: m.result, error: null });
      else setState({ status: 'error', done: 0, total: 0, result: null, error: m.message });
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

  const cancel = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    setState((s) => (s.status === 'running' ? { ...s, status: 'cancelled' } : s));
  }, []);
  const run = useCallback(() => setAttempt((a) => a + 1), []);
  return { ...state, cancel, run };
}
