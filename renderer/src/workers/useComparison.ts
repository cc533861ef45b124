import { useEffect, useRef, useState } from 'react';
import type { ComparedScenario, Comparison } from '../../../shared/evaluation/compare';
import type { CompareMessage, CompareRequest } from './compare-protocol';

/** What the hook needs of a Worker (a real one in the app; tests run the handler in-process). */
export interface CompareWorker {
  onmessage: ((e: MessageEvent<CompareMessage>) => void) | null;
  postMessage: (m: CompareRequest) => void;
  terminate: () => void;
}

export type CreateCompareWorker = () => CompareWorker;

const createCompareWorker: CreateCompareWorker = () =>
  new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });

export interface ComparisonState {
  /** The newest answer: for the documents asked, or for an earlier selection while `updating`. */
  comparison: Comparison | null;
  error: string | null;
  /** An answer for the current documents is still on its way (the last one stays on screen). */
  updating: boolean;
}

interface Answer {
  documents: readonly ComparedScenario[];
  comparison: Comparison | null;
  error: string | null;
}

/**
 * Compares `documents` in a worker whenever they change (null: nothing to compare); a newer selection supersedes
 * the run in progress (its worker is terminated, so an older answer never replaces a newer one). `documents` must
 * keep its identity while the selection is unchanged.
 */
export function useComparison(
  documents: readonly ComparedScenario[] | null,
  createWorker: CreateCompareWorker = createCompareWorker,
): ComparisonState {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const create = useRef(createWorker);
  useEffect(() => {
    if (!documents) return;
    const w = create.current();
    w.onmessage = (e) => {
      const m = e.data;
      setAnswer(
        m.type === 'result'
          ? { documents, comparison: m.comparison, error: null }
          : { documents, comparison: null, error: m.message },
      );
      w.terminate();
    };
    w.postMessage({ type: 'compare', documents: [...documents] });
    return () => {
      w.onmessage = null;
      w.terminate();
    };
  }, [documents]);
  if (!documents) return { comparison: null, error: null, updating: false };
  const current = answer?.documents === documents;
  return {
    comparison: answer?.comparison ?? null,
    error: current ? (answer?.error ?? null) : null,
    updating: !current,
  };
}
