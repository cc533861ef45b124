import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../../shared/domain/scenario';
import { useScenarioStore } from '../../../renderer/src/state/scenario-store';
import { createRealApi, resetStores, type RealApi } from '../real-api';

/** The store keeps no override the scenario schema would refuse: outside its benchmark's scale, nothing changes. */
let real: RealApi;
const store = () => useScenarioStore.getState();
const history = () => useScenarioStore.temporal.getState();

beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  await resetStores(real.api);
});

describe('overrides outside the benchmark scale', () => {
  const model = () => store().scenario!.alternatives[0];

  it('setOverride refuses 100.5 on a 0–100 benchmark: the same scenario, no undo step; 100 is kept', () => {
    const before = store().scenario;
    const steps = history().pastStates.length;
    store().setOverride(model(), 'mmlu-pro', 100.5);
    expect(store().scenario).toBe(before);
    expect(history().pastStates).toHaveLength(steps);
    store().setOverride(model(), 'mmlu-pro', 100);
    expect(store().scenario!.overrides).toEqual([{ model: model(), benchmark: 'mmlu-pro', value: 100, note: '' }]);
    expect(ScenarioSchema.safeParse(store().scenario).success).toBe(true);
  });

  it('setOverrides refuses the whole block when one cell is outside its scale; an open-ended index takes 1234', () => {
    const before = store().scenario;
    store().setOverrides([
      { model: model(), benchmark: 'hle', value: 20 },
      { model: model(), benchmark: 'gpqa-diamond', value: -1 },
    ]);
    expect(store().scenario).toBe(before);
    store().setOverrides([
      { model: model(), benchmark: 'hle', value: 20 },
      { model: model(), benchmark: 'aa-index', value: 1234 },
    ]);
    expect(store().scenario!.overrides.map((o) => o.value)).toEqual([20, 1234]);
  });
});
