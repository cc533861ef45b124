import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResponse } from '../../../shared/api/contract';
import { useApi } from '../api/ApiContext';
import { describeError } from '../files/describe-error';
import { useScenarioStore } from '../state/scenario-store';
import { useUiStore } from '../state/ui-store';

export type Recovery = NonNullable<ApiResponse<'getRecovery'>>;

const DEFAULT_SCENARIO = 'default';

/**
 * At start: unsaved work in the recovery folder is offered back (the caller shows the dialog); without
 * it, the bundled default scenario is loaded so a new user sees real data at once.
 */
export function useStartup(): { recovery: Recovery | null; restore(): void; discard(): void } {
  const api = useApi();
  const { t } = useTranslation();
  const [recovery, setRecovery] = useState<Recovery | null>(null);

  const loadDefault = async () => {
    try {
      const { scenario } = await api.loadBundledScenario({ id: DEFAULT_SCENARIO });
      useScenarioStore.getState().load(scenario, null);
      useUiStore.getState().info(t('status.loadedDefault'));
    } catch (error) {
      useUiStore.getState().error(describeError(t, error));
    }
  };

  useEffect(() => {
    let live = true;
    void (async () => {
      const found = await api.getRecovery({}).catch((error: unknown) => {
        useUiStore.getState().error(describeError(t, error));
        return null;
      });
      if (!live) return;
      if (found) setRecovery(found);
      else await loadDefault();
    })();
    return () => {
      live = false;
    };
  }, [api]);

  return {
    recovery,
    restore() {
      if (!recovery) return;
      useScenarioStore.getState().load(recovery.scenario, null, { dirty: true });
      useUiStore.getState().info(t('status.restored', { date: new Date(recovery.savedAt).toLocaleString() }));
      setRecovery(null);
    },
    discard() {
      setRecovery(null);
      void api.clearRecovery({}).catch(() => undefined);
      void loadDefault();
    },
  };
}
