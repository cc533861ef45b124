import { useEffect } from 'react';
import { useApi } from '../api/ApiContext';
import { selectDirty, useScenarioStore } from '../state/scenario-store';

export const AUTOSAVE_DELAY_MS = 1500;

/** Keeps a copy of unsaved work in the recovery folder, AUTOSAVE_DELAY_MS after the last edit. */
export function useAutosave(delay = AUTOSAVE_DELAY_MS): void {
  const api = useApi();
  const scenario = useScenarioStore((s) => s.scenario);
  const dirty = useScenarioStore(selectDirty);
  useEffect(() => {
    if (!scenario || !dirty) return;
    const timer = setTimeout(() => void api.autosave({ scenario }).catch(() => undefined), delay);
    return () => clearTimeout(timer);
  }, [api, scenario, dirty, delay]);
}
