import { useMemo, useState } from 'react';
import type { Scenario } from '../../../../shared/domain/scenario';
import { parseGoal } from '../../../../shared/evaluation/what-it-takes/goal';
import { whatItTakes, type WhatItTakes } from '../../../../shared/evaluation/what-it-takes/index';
import { useSliderDrag } from '../weights/slider-drag';

export type Outcome = { ok: true; result: WhatItTakes } | { ok: false; message: string };

/**
 * What it takes for `model` to reach the goal spelled `goalKey` (goalText) in `scenario`, recomputed when either
 * changes; during a slider drag the answer stays that of the scenario before it. Null when `enabled` is false.
 */
export function useWhatItTakes(scenario: Scenario, model: string, goalKey: string, enabled: boolean): Outcome | null {
  const dragging = useSliderDrag((s) => s.dragging);
  const [held, setHeld] = useState(scenario);
  if (!dragging && held !== scenario) setHeld(scenario); // derived state, set while rendering
  return useMemo((): Outcome | null => {
    if (!enabled) return null;
    try {
      return { ok: true, result: whatItTakes(held, model, parseGoal(goalKey)) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }, [held, model, goalKey, enabled]);
}
