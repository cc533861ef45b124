import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkbenchError } from '../../../shared/api/errors';
import type { Scenario } from '../../../shared/domain/scenario';
import { DEFAULT_AUTOSAVE_TIMING, createAutosaver } from '../../../renderer/src/files/autosaver';

const scenario = (name: string) => ({ name }) as Scenario;
const diskFull = () => new WorkbenchError('disk-full', 'recovery/p.json: the disk is full');

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function harness(outcomes: ('ok' | 'fail')[]) {
  const saved: string[] = [];
  const failures: { code: string; retryInMs: number }[] = [];
  let recovered = 0;
  const autosaver = createAutosaver(
    {
      async save(s) {
        if ((outcomes.shift() ?? 'ok') === 'fail') throw diskFull();
        saved.push(s.name);
      },
      onFailure: (error, retryInMs) => failures.push({ code: (error as WorkbenchError).code, retryInMs }),
      onRecovered: () => void (recovered += 1),
    },
    DEFAULT_AUTOSAVE_TIMING,
  );
  return { autosaver, saved, failures, recovered: () => recovered };
}

describe('autosave timing and retries', () => {
  it('keeps a copy 1.5 s after the last edit, once for a burst of edits', async () => {
    const { autosaver, saved } = harness([]);
    autosaver.changed(scenario('a'));
    await vi.advanceTimersByTimeAsync(1000);
    autosaver.changed(scenario('b'));
    await vi.advanceTimersByTimeAsync(1499);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['b']);
  });

  it('retries a failed copy after 2, 4, 8 s and reports each failure, then that it works again', async () => {
    const { autosaver, saved, failures, recovered } = harness(['fail', 'fail', 'fail', 'ok']);
    autosaver.changed(scenario('work'));
    await vi.advanceTimersByTimeAsync(1500);
    expect(failures).toEqual([{ code: 'disk-full', retryInMs: 2000 }]);
    await vi.advanceTimersByTimeAsync(2000);
    await vi.advanceTimersByTimeAsync(4000);
    expect(failures.map((f) => f.retryInMs)).toEqual([2000, 4000, 8000]);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(7999);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['work']);
    expect(recovered()).toBe(1);
  });

  it('backs off to at most a minute', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 10].map(DEFAULT_AUTOSAVE_TIMING.retryMs)).toEqual([
      2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000,
    ]);
  });

  it('a newer edit during a failing retry is what gets kept; stop() cancels everything pending', async () => {
    const { autosaver, saved } = harness(['fail']);
    autosaver.changed(scenario('first'));
    await vi.advanceTimersByTimeAsync(1500);
    autosaver.changed(scenario('second'));
    await vi.advanceTimersByTimeAsync(1500);
    expect(saved).toEqual(['second']);
    autosaver.changed(scenario('third'));
    autosaver.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(saved).toEqual(['second']);
  });
});
