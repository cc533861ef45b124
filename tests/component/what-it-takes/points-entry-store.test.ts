import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../../shared/domain/scenario';
import { useScenarioStore } from '../../../renderer/src/state/scenario-store';

const announced = ScenarioSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/scenarios/round1-as-announced.sewb'), 'utf8')),
);
const entries = () => useScenarioStore.getState().scenario!.programme!.rounds[0].entries;

beforeEach(() => useScenarioStore.getState().load(announced, null));

describe('setPointsEntry (the store action "Apply as what-if" uses for points)', () => {
  it("replaces the team's entry in place with exact points, keeping its source, as one undo step", () => {
    const at = entries().findIndex((e) => e.model === 'vaetki-112b-a10b' && e.component === 'user');
    const old = entries()[at];
    expect(
      useScenarioStore.getState().setPointsEntry('round-1', 'vaetki-112b-a10b', 'user', 22.7, 'what it takes'),
    ).toBe(true);
    expect(entries()[at]).toEqual({
      kind: 'exact',
      points: 22.7,
      model: old.model,
      component: old.component,
      note: 'what it takes',
      source: old.source,
    });
    expect(entries()).toHaveLength(announced.programme!.rounds[0].entries.length);
    useScenarioStore.temporal.getState().undo();
    expect(useScenarioStore.getState().scenario).toBe(announced);
  });

  it('refuses points outside 0 … the component maximum, or an unknown round or component, changing nothing', () => {
    const store = useScenarioStore.getState();
    expect(store.setPointsEntry('round-1', 'vaetki-112b-a10b', 'user', 25.5)).toBe(false); // user is out of 25
    expect(store.setPointsEntry('round-1', 'vaetki-112b-a10b', 'user', -1)).toBe(false);
    expect(store.setPointsEntry('round-9', 'vaetki-112b-a10b', 'user', 1)).toBe(false);
    expect(store.setPointsEntry('round-1', 'vaetki-112b-a10b', 'nope', 1)).toBe(false);
    expect(useScenarioStore.getState().scenario).toBe(announced);
    expect(useScenarioStore.temporal.getState().pastStates).toHaveLength(0);
  });
});
