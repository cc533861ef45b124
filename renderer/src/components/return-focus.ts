import { useRef } from 'react';

/**
 * Props for a Radix Dialog.Content opened without a Dialog.Trigger (by a shortcut, a toolbar action or the app
 * itself): on close — Escape, Cancel or done — the focus goes back to the element that had it when the dialog
 * opened (a grid cell, a button), as Radix does for its own triggers, instead of falling to the page body.
 */
export function useReturnFocus() {
  const opener = useRef<HTMLElement | null>(null);
  return {
    // Radix calls this before it moves the focus into the dialog: the active element is still the opener.
    onOpenAutoFocus: () => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    },
    onCloseAutoFocus: (event: Event) => {
      const element = opener.current;
      if (!element?.isConnected || element === document.body) return;
      event.preventDefault();
      element.focus();
    },
  };
}
