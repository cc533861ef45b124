import { WorkbenchError } from '../../../shared/api/errors';

/** How far an import has read its file: characters (text files) read of the total. */
interface ImportProgress {
  done: number;
  total: number;
}

/** What a running import reports to and asks of its job. */
export interface ImportJob {
  onProgress(done: number, total: number): void;
  /** Throws a "cancelled" WorkbenchError once the job was cancelled. */
  check(): void;
}

/** An import nobody follows: no progress kept, never cancelled. */
export const UNTRACKED: ImportJob = { onProgress: () => {}, check: () => {} };

/**
 * Imports the UI follows by a job id of its choosing: progress it can poll while the file is read, and a cancel
 * that stops the read at its next step (see shared/dataset/steps.ts). A job is forgotten when its import ends.
 */
export function createImportJobs() {
  const jobs = new Map<string, ImportProgress & { cancelled: boolean }>();
  return {
    /** Runs `work` under job `id` (none: untracked). */
    async run<T>(id: string | undefined, work: (job: ImportJob) => Promise<T>): Promise<T> {
      if (id === undefined) return work(UNTRACKED);
      if (jobs.has(id)) throw new WorkbenchError('invalid-request', `import job ${id} is already running`, 'job');
      const state = { done: 0, total: 0, cancelled: false };
      jobs.set(id, state);
      try {
        return await work({
          onProgress(done, total) {
            [state.done, state.total] = [done, total];
          },
          check() {
            if (state.cancelled) throw new WorkbenchError('cancelled', 'the import was cancelled; nothing changed');
          },
        });
      } finally {
        jobs.delete(id);
      }
    },
    /** The job's progress; null when no such job is running (not started, or ended). */
    progress(id: string): ImportProgress | null {
      const state = jobs.get(id);
      return state ? { done: state.done, total: state.total } : null;
    },
    /** Stops the job at its next step; nothing is merged. A job that is not running is left alone. */
    cancel(id: string): void {
      const state = jobs.get(id);
      if (state) state.cancelled = true;
    },
  };
}
