import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { handleAnalysisRequest } from './analysis-handler';
import {
  analysisRequest,
  type AnalysisMessage,
  type AnalysisOutcome,
  type AnalysisRequest,
  type AnalysisTask,
} from './analysis-protocol';

/** What the hook needs of a Worker (a real one in the app; tests inject their own port). */
export interface AnalysisWorker {
  onmessage: ((e: MessageEvent<AnalysisMessage>) => void) | null;
  postMessage: (m: AnalysisRequest) => void;
  terminate: () => void;
}

export type CreateAnalysisWorker = () => AnalysisWorker;

/** Where there is no Worker (jsdom), the same handler answers from this thread, soon after, on cloned messages as a worker would. */
function inThisThread(): AnalysisWorker {
  const port: AnalysisWorker = {
    onmessage: null,
    postMessage: (req) =>
      queueMicrotask(() =>
        handleAnalysisRequest(structuredClone(req), (m) =>
          port.onmessage?.({ data: structuredClone(m) } as MessageEvent),
        ),
      ),
    terminate: () => (port.onmessage = null),
  };
  return port;
}

export const createAnalysisWorker: CreateAnalysisWorker = () =>
  typeof Worker === 'undefined'
    ? inThisThread()
    : new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });

/** The worker factory the robustness tables use (tests provide a fake port). */
export const AnalysisWorkerContext = createContext<CreateAnalysisWorker>(createAnalysisWorker);

export interface AnalysisState<R> {
  /** The newest answer received; while a newer request runs it stays (marked `updating`). */
  result: R | null;
  error: string | null;
  /** True while the result on screen is not yet the answer to `task` (asked, paused by a drag, or running). */
  updating: boolean;
}

interface Asked {
  id: number;
  task: AnalysisTask;
}

/**
 * Runs `task` (a new object is a new request) in a worker of its own. At most one request is in flight: a task
 * arriving meanwhile waits, and when the answer comes, only the newest task's answer is shown; an older one is
 * dropped and the newest is sent (no out-of-order results, no queue of superseded runs). While `paused` (a slider
 * drag) nothing is sent; the newest task goes when the pause ends.
 */
export function useWorkerAnalysis<T extends AnalysisTask>(
  task: T | null,
  paused: boolean,
): AnalysisState<AnalysisOutcome<T['kind']>> {
  const create = useContext(AnalysisWorkerContext);
  const [answer, setAnswer] = useState<{ task: AnalysisTask; result: unknown; error: string | null } | null>(null);
  const worker = useRef<AnalysisWorker | null>(null);
  const next = useRef(0);
  const newest = useRef<Asked | null>(null);
  const inFlight = useRef<number | null>(null);

  useEffect(() => {
    const send = (asked: Asked) => {
      inFlight.current = asked.id;
      worker.current ??= open();
      worker.current.postMessage(analysisRequest(asked.task, asked.id));
    };
    const open = () => {
      const w = create();
      w.onmessage = ({ data: m }) => {
        if (m.id !== inFlight.current) return;
        inFlight.current = null;
        const wanted = newest.current;
        if (!wanted) return;
        if (m.id === wanted.id)
          setAnswer({
            task: wanted.task,
            result: m.type === 'result' ? m.result : null,
            error: m.type === 'error' ? m.message : null,
          });
        else send(wanted);
      };
      return w;
    };
    if (!task || paused || newest.current?.task === task) return;
    newest.current = { id: ++next.current, task };
    if (inFlight.current === null) send(newest.current);
  }, [task, paused, create]);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
      inFlight.current = null;
      newest.current = null;
    },
    [],
  );

  return {
    result: (answer?.result ?? null) as AnalysisOutcome<T['kind']> | null,
    error: answer?.error ?? null,
    updating: task !== null && answer?.task !== task,
  };
}
