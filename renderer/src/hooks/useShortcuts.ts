import { useEffect } from 'react';
import { useFileActions } from '../files/FileActionsContext';
import { neighbourOf, useOpenDocumentsStore } from '../state/open-documents';
import { useScenarioStore } from '../state/scenario-store';
import { useDataActions } from '../views/import/useDataActions';

/** True when the key event is typed into a text field, where Ctrl+Z belongs to the field. */
const inTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) && target.getAttribute('type') !== 'range'));

/** Ctrl/Cmd+O, S, Shift+S, P, I (import), Z, Shift+Z and Y; Alt+PageDown / Alt+PageUp: next / previous document. */
export function useShortcuts(): void {
  const actions = useFileActions();
  const data = useDataActions();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'PageDown' || e.key === 'PageUp')) {
        const shown = useOpenDocumentsStore.getState().active;
        const next = shown && neighbourOf(shown, e.key === 'PageDown' ? 1 : -1);
        if (next) {
          e.preventDefault();
          actions.switchTo(next);
        }
        return;
      }
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      const { undo, redo } = useScenarioStore.temporal.getState();
      const command =
        key === 'o'
          ? actions.open
          : key === 's'
            ? e.shiftKey
              ? actions.saveAs
              : actions.save
            : key === 'p'
              ? actions.exportPdf
              : key === 'i' && !e.shiftKey
                ? data.startImport
                : key === 'z' && !inTextField(e.target)
                  ? e.shiftKey
                    ? () => redo()
                    : () => undo()
                  : key === 'y' && !inTextField(e.target)
                    ? () => redo()
                    : null;
      if (!command) return;
      e.preventDefault();
      void command();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions, data]);
}
