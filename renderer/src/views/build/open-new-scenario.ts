import type { Scenario } from '../../../../shared/domain/scenario';
import { useScenarioStore } from '../../state/scenario-store';

/**
 * Opens a scenario just built from a dataset as the current document, unsaved (dirty, no file). The one place
 * a new scenario is opened: pointing it at "open as a new document" later changes only this function.
 */
export function openNewScenario(scenario: Scenario): void {
  useScenarioStore.getState().load(scenario, null, { dirty: true });
}
