import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryCopy } from '../../../shared/api/contract';
import { useApi } from '../api/ApiContext';
import { describeError } from '../files/describe-error';
import { showDocument } from '../files/show-document';
import { useUiStore } from '../state/ui-store';

const DEFAULT_SCENARIO = 'default';

interface Startup {
  /** The recovery copies offered (this page's own after a reload, and those of closed pages); empty = none. */
  copies: RecoveryCopy[];
  restore(copy: RecoveryCopy): void;
  /** Removes every offered copy and starts on the default scenario. */
  discard(): void;
  /** Keeps the copies for later (offered again at the next start) and starts on the default scenario. */
  later(): void;
}

/**
 * At start: unsaved work in the recovery folder that no open page holds is offered back (the caller
 * shows the dialog); without it, the bundled default scenario is loaded so a new user sees real data at
 * once. A copy restored from another (closed) page becomes this page's copy.
 */
export function useStartup(): Startup {
  const api = useApi();
  const { t } = useTranslation();
  const [copies, setCopies] = useState<RecoveryCopy[]>([]);

  const loadDefault = async () => {
    try {
      await showDocument(api, await api.loadBundledScenario({ id: DEFAULT_SCENARIO }));
      useUiStore.getState().info(t('status.loadedDefault'));
    } catch (error) {
      useUiStore.getState().error(describeError(t, error));
    }
  };

  // The recovery folder is read once per API; the outcome is handled with the current language and state.
  const failed = useEffectEvent((error: unknown) => useUiStore.getState().error(describeError(t, error)));
  const offerOrLoad = useEffectEvent((found: { copies: RecoveryCopy[] }) => {
    if (found.copies.length > 0) setCopies(found.copies);
    else void loadDefault();
  });
  useEffect(() => {
    let live = true;
    void api
      .listRecovery({})
      .catch((error: unknown) => {
        failed(error);
        return { copies: [] };
      })
      .then((found) => live && offerOrLoad(found));
    return () => {
      live = false;
    };
  }, [api]);

  return {
    copies,
    restore(copy) {
      setCopies([]);
      // The copy is opened as its own document again: it stays on disk until that document is saved or closed.
      void api
        .restoreRecovery({ document: copy.document })
        .then((restored) => showDocument(api, restored, { dirty: true }))
        .then(() => useUiStore.getState().info(t('status.restored', { date: new Date(copy.savedAt).toLocaleString() })))
        .catch((error: unknown) => useUiStore.getState().error(describeError(t, error)));
    },
    discard() {
      for (const copy of copies) void api.clearRecovery({ document: copy.document }).catch(() => undefined);
      setCopies([]);
      void loadDefault();
    },
    later() {
      setCopies([]);
      void loadDefault();
    },
  };
}
