import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { StoreApi } from 'zustand';
import { useViewVisible } from '../views/view-visibility';

const identity = <T>(value: T): T => value;

/**
 * The store's hook, made to hold still in a hidden view: a component of a view behind another tab gets the value
 * its selector gave while the view was last on screen, and a change of the store does not render it again (a weight
 * step on the Weights view renders no hidden grid). Shown again, it reads the store afresh (the view's visibility
 * is context, so each reader renders then). Outside any view (toolbar, dialogs, tests) it is the store's own hook.
 * The store's API (getState, setState, subscribe, temporal …) stays on the hook.
 */
export function whileShown<S, A extends StoreApi<S>>(store: A & (<U>(selector: (state: S) => U) => U)): typeof store {
  function useShownStore<U>(selector: (state: S) => U = identity as (state: S) => U): U {
    const visible = useViewVisible();
    const held = useRef<{ value: U } | null>(null);
    const snapshot = useCallback(() => {
      if (visible || !held.current) held.current = { value: selector(store.getState()) };
      return held.current.value;
    }, [visible, selector]);
    return useSyncExternalStore(store.subscribe, snapshot, snapshot);
  }
  return Object.assign(useShownStore, store) as typeof store;
}
