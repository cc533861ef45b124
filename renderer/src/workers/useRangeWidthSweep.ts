import { useEffect, useState } from 'react';
import type { Scenario } from '../../../shared/domain/scenario';
import { RANGE_FACTORS, type WidthPoint } from '../../../shared/evaluation/programme/range-width';
import type { WidthMessage, WidthRequest } from './programme-width-protocol';

/** What the hook needs of a Worker (a real one in the app; tests run the handler in-process). */
export interface WidthWorker {
  onmessage: ((e: MessageEvent<WidthMessage>) => void) | null;
  postMessage: (m: WidthRequest) => void;
  terminate: () => void;
}

export type CreateWidthWorker = () => WidthWorker;

const createWidthWorker: CreateWidthWorker = () =>
  new Worker(new URL('./programme-width.worker.ts', import.meta.url), { type: 'module' });

/** Request ids, unique in this window. */
let requests = 0;

export interface WidthRun {
  status: 'off' | 'running' | 'done' | 'error' | 'unavailable';
  /** The last answer, kept on screen while the next is computed (it may be of an earlier scenario). */
  points: WidthPoint[] | null;
  /** True while `points` are of an earlier scenario than the one shown. */
  stale: boolean;
  error: string | null;
}

interface Answer {
  scenario: Scenario;
  points: WidthPoint[] | null;
  error: string | null;
}

/**
 * P(eliminated) at each range-width factor (RANGE_FACTORS), in a worker, whenever the scenario changes while
 * uncertainty is on; a new scenario supersedes (terminates) the run in progress, and the last answer stays until
 * the new one arrives.
 */
export function useRangeWidthSweep(scenario: Scenario, create: CreateWidthWorker = createWidthWorker): WidthRun {
  const enabled = scenario.uncertainty.enabled && (scenario.programme?.rounds.length ?? 0) > 0;
  const [answer, setAnswer] = useState<Answer | null>(null);
  // Where no Worker exists (jsdom) the chart says so instead of computing on the UI thread.
  const unavailable = create === createWidthWorker && typeof Worker === 'undefined';

  useEffect(() => {
    if (!enabled || unavailable) return;
    const w = create();
    const id = ++requests;
    w.onmessage = (e) => {
      const m = e.data;
      if (m.id !== id || m.type === 'progress') return;
      setAnswer(
        m.type === 'result'
          ? { scenario, points: m.points, error: null }
          : { scenario, points: null, error: m.message },
      );
      w.terminate();
    };
    w.postMessage({ type: 'range-width', id, scenario, factors: [...RANGE_FACTORS] });
    return () => w.terminate();
  }, [enabled, unavailable, scenario, create]);

  if (!enabled) return { status: 'off', points: null, stale: false, error: null };
  if (unavailable) return { status: 'unavailable', points: null, stale: false, error: null };
  const current = answer?.scenario === scenario;
  // A failed run leaves the last figures in place, unless the failure is this scenario's.
  if (current && answer.error) return { status: 'error', points: null, stale: false, error: answer.error };
  return {
    status: current ? 'done' : 'running',
    points: answer?.points ?? null,
    stale: !current,
    error: null,
  };
}
