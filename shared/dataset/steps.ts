/**
 * Long imports as generators: each `yield` is a point where the work may pause (a block of a large CSV has been
 * read). The same steps run straight through (`runSteps`, for tests, the CLI and the Web Worker), or give the
 * event loop a turn every few milliseconds (`runStepsAsync`, in the desktop service) so progress requests and
 * cancels are answered while a 2,000,000-row file is read.
 */
export type Steps<T> = Generator<void, T, void>;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs the steps, yielding to the event loop about every `sliceMs`; `check` may throw (a cancel) at each turn. */
export async function runStepsAsync<T>(steps: Steps<T>, check: () => void = () => {}, sliceMs = 30): Promise<T> {
  let slice = Date.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (Date.now() - slice < sliceMs) continue;
    await new Promise((resolve) => setTimeout(resolve, 0));
    check();
    slice = Date.now();
  }
}
