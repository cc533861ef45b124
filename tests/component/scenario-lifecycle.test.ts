import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../electron/services/scenario-file';
import { MAX_NAME_LENGTH, renamed, withDetails } from '../../renderer/src/state/scenario-store';

const DEFAULT = join(__dirname, '../../data/scenarios/default.sewb');

describe('scenario lifecycle edits', () => {
  it('a file written before the author field opens with no author and its notes as they were', async () => {
    const scenario = await readScenarioFile(DEFAULT);
    expect(scenario.author).toBe('');
    expect(typeof scenario.notes).toBe('string');
  });

  it('renamed trims the name and refuses an empty or too long one', async () => {
    const scenario = await readScenarioFile(DEFAULT);
    expect(renamed(scenario, '  Round 1, mine ')!.name).toBe('Round 1, mine');
    expect(renamed(scenario, '   ')).toBeNull();
    expect(renamed(scenario, 'x'.repeat(MAX_NAME_LENGTH + 1))).toBeNull();
    expect(renamed(scenario, 'x'.repeat(MAX_NAME_LENGTH))!.name).toHaveLength(300);
    // The same name is no change (no undo step).
    expect(renamed(scenario, scenario.name)).toBe(scenario);
  });

  it('withDetails sets the author and notes, and changes nothing when they are the same', async () => {
    const scenario = await readScenarioFile(DEFAULT);
    const next = withDetails(scenario, { author: 'Kim' });
    expect(next).toMatchObject({ author: 'Kim', notes: scenario.notes });
    expect(withDetails(next, { author: 'Kim', notes: scenario.notes })).toBe(next);
  });
});
