import type { Scenario } from '../../../shared/domain/scenario';

/** The waits of autosave: after the last edit, and before the n-th retry of a failed copy. */
export interface AutosaveTiming {
  delayMs: number;
  /** Wait before retry `attempt` (1, 2, …) after a failure. */
  retryMs(attempt: number): number;
}

/** 1.5 s after the last edit; retries back off 2, 4, 8, … s up to a minute. */
export const DEFAULT_AUTOSAVE_TIMING: AutosaveTiming = {
  delayMs: 1500,
  retryMs: (attempt) => Math.min(2000 * 2 ** (attempt - 1), 60_000),
};

interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface AutosaverEvents<T> {
  save(scenario: T): Promise<void>;
  /** A copy failed; it is tried again after `retryInMs`. */
  onFailure(error: unknown, retryInMs: number): void;
  /** A copy was kept after one or more failures. */
  onRecovered(): void;
}

/**
 * Keeps a recovery copy of the latest unsaved scenario: `delayMs` after the last change, and after a
 * failure (full disk, read-only folder) again with back-off until it works. A newer change replaces the
 * pending one; `stop()` (the document is clean again) cancels whatever is pending.
 */
export function createAutosaver<T = Scenario>(
  events: AutosaverEvents<T>,
  timing: AutosaveTiming,
  timers: Timers = realTimers,
) {
  let timer: unknown = null;
  let pending: T | null = null;
  let failures = 0;
  let running = false;

  const schedule = (ms: number) => {
    if (timer !== null) timers.clear(timer);
    timer = timers.set(() => {
      timer = null;
      void attempt();
    }, ms);
  };

  const attempt = async () => {
    const scenario = pending;
    if (!scenario || running) return;
    running = true;
    try {
      await events.save(scenario);
      if (failures > 0) events.onRecovered();
      failures = 0;
      if (pending === scenario) pending = null;
    } catch (error) {
      failures += 1;
      const wait = timing.retryMs(failures);
      events.onFailure(error, wait);
      if (pending === scenario) schedule(wait);
    } finally {
      running = false;
    }
    // A change that arrived while this copy was written is kept in its turn.
    if (pending && pending !== scenario && timer === null) schedule(timing.delayMs);
  };

  return {
    /** The document changed (and is unsaved). */
    changed(scenario: T) {
      pending = scenario;
      schedule(timing.delayMs);
    },
    stop() {
      pending = null;
      if (timer !== null) timers.clear(timer);
      timer = null;
    },
    get failures() {
      return failures;
    },
  };
}
