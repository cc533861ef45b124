import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const announced = 'data/scenarios/round1-as-announced.sewb';

/** Runs the real CLI (node + tsx). */
function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI what-it-takes', () => {
  it('gives VAETKI the points it needs to stay above the round-1 cut: its shortfall to the last team kept', () => {
    const { code, stdout, stderr } = cli([
      'what-it-takes',
      announced,
      '--model',
      'vaetki-112b-a10b',
      '--goal',
      'cut:round-1',
    ]);
    expect(code, stderr).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ model: 'vaetki-112b-a10b', goalText: 'cut:round-1', holdsNow: false });
    // The expected shortfall from the scenario's published entries (range midpoints where undisclosed): Upstage
    // 8.1 + 12.3 + 10 + 27.8 + 19.7 = 77.9 against VAETKI's 27.4 + 27.8 + 19.7 = 74.9; a tie advances (all-advance).
    const round = JSON.parse(readFileSync(join(root, announced), 'utf8')).programme.rounds[0];
    const point = (model: string, component: string) => {
      const e = round.entries.find(
        (x: { model: string; component: string }) => x.model === model && x.component === component,
      );
      return e.kind === 'exact' ? e.points : (e.lo + e.hi) / 2;
    };
    const upstage = ['nia', 'common', 'chosen', 'expert', 'user'].reduce((a, c) => a + point('solar-open-100b', c), 0);
    const vaetki = ['benchmark', 'expert', 'user'].reduce((a, c) => a + point('vaetki-112b-a10b', c), 0);
    const expert = out.points.find((p: { component: string }) => p.component === 'expert');
    expect(expert.change).toBeCloseTo(upstage - vaetki, 9);
    expect(expert.points).toBeCloseTo(point('vaetki-112b-a10b', 'expert') + upstage - vaetki, 9);
    expect(expert.how).toEqual({ kind: 'exact', tolerance: 0 });
  });

  it('exits 2 with a located error on an unknown model, a bad goal, an unknown round or a missing option', () => {
    const cases: [string[], string, RegExp][] = [
      [['--model', 'nope', '--goal', 'rank:1'], '--model', /nope is not a candidate/],
      [['--model', 'vaetki-112b-a10b', '--goal', 'top:1'], '--goal', /not a goal/],
      [['--model', 'vaetki-112b-a10b', '--goal', 'rank:9'], '--goal', /outside 1–5/],
      [['--model', 'vaetki-112b-a10b', '--goal', 'cut:round-9'], '--goal', /no round round-9/],
      [['--model', 'vaetki-112b-a10b', '--goal', 'overtake:nope'], '--goal', /nope is not a candidate/],
      [['--model', 'vaetki-112b-a10b'], '--goal', /required/],
      [['--model', 'vaetki-112b-a10b', '--goal', 'frontier', '--seed', '1'], '--seed', /unknown option/],
    ];
    for (const [options, path, message] of cases) {
      const { code, stdout, stderr } = cli(['what-it-takes', announced, ...options]);
      expect(code, options.join(' ')).toBe(2);
      expect(stdout).toBe('');
      const { error } = JSON.parse(stderr);
      expect(error.code).toBe('invalid-request');
      expect(error.path).toBe(path);
      expect(error.message).toMatch(message);
    }
  });
});
