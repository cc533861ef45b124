import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_LEASE_MS, createRecovery } from '../../../electron/services/recovery';
import { heldFromRows } from '../../../electron/services/held-dataset';
import { withoutDataset, type Scenario } from '../../../shared/domain/scenario';
import { tempDir, tinyScenario as tiny } from './fixtures';

/** The tiny scenario as the host holds it. */
const tinyScenario = (name?: string) => {
  const scenario: Scenario = tiny(name);
  return { body: withoutDataset(scenario), dataset: heldFromRows(scenario.dataset) };
};

function clock(start = Date.UTC(2026, 0, 1)) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
}

const names = (copies: { document: string; name: string }[]) => copies.map((c) => `${c.document}:${c.name}`).sort();

describe('recovery copies, one per open document', () => {
  it('a save (clear) of one document removes only its own copy', async () => {
    const dir = tempDir();
    const recovery = createRecovery(dir, clock().now);
    await recovery.save('page-a', tinyScenario('work of A'));
    await recovery.save('page-b', tinyScenario('work of B'));
    expect(readdirSync(join(dir, 'recovery')).sort()).toEqual(['page-a.sewb', 'page-b.sewb']);
    await recovery.clear('page-a');
    recovery.release('page-b');
    expect(names(await recovery.list())).toEqual(['page-b:work of B']);
    expect((await recovery.read('page-b')).scenario.body.name).toBe('work of B');
    await expect(recovery.read('page-a')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('offers the copies of closed pages, never those of live ones', async () => {
    const time = clock();
    const dir = tempDir();
    const recovery = createRecovery(dir, time.now);
    await recovery.save('page-a', tinyScenario('A'));
    await recovery.save('page-b', tinyScenario('B'));
    // A third page opens while A and B are open: nothing for it.
    expect(await recovery.list()).toEqual([]);
    // A closes (releases): its copy is offered. B stops answering: after the lease, offered too.
    recovery.release('page-a');
    expect(names(await recovery.list())).toEqual(['page-a:A']);
    time.advance(DOCUMENT_LEASE_MS + 1);
    expect(names(await recovery.list())).toEqual(['page-a:A', 'page-b:B']);
  });

  it('a page that keeps its lease keeps its copy to itself', async () => {
    const time = clock();
    const recovery = createRecovery(tempDir(), time.now);
    await recovery.save('page-a', tinyScenario('A'));
    for (let i = 0; i < 10; i++) {
      time.advance(DOCUMENT_LEASE_MS / 2);
      recovery.keep('page-a');
    }
    expect(await recovery.list()).toEqual([]);
  });

  it('after a restart of the services every copy is offered (no page of the last run is live)', async () => {
    const dir = tempDir();
    await createRecovery(dir).save('page-a', tinyScenario('A'));
    expect(names(await createRecovery(dir).list())).toEqual(['page-a:A']);
  });

  it('reads the single copy of the earlier version (autosave.json) as document "autosave"', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'recovery'));
    const body = { kind: 'sewb-recovery', savedAt: '2026-01-01T00:00:00.000Z', scenario: tiny('old copy') };
    writeFileSync(join(dir, 'recovery', 'autosave.json'), JSON.stringify(body));
    writeFileSync(join(dir, 'recovery', 'broken.json'), '{');
    expect(names(await createRecovery(dir).list())).toEqual(['autosave:old copy']);
  });
});
