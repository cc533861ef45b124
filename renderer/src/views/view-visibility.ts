import { createContext, useContext, useState } from 'react';

/**
 * Whether the view a component belongs to is the one on screen. Visited views stay mounted while hidden (a tab
 * switch shows them again instead of rebuilding the grid and the charts); outside any view it is true.
 */
export const ViewVisibleContext = createContext(true);

export const useViewVisible = (): boolean => useContext(ViewVisibleContext);

/**
 * `value` while the view is on screen; while it is hidden, the value it had when it was last shown, so a hidden
 * view's memoized children skip the work of every edit and catch up once, when it is shown again. The value is
 * held when the view is hidden (its inputs, from hooks that hold still in a hidden view, are those of its last
 * shown render) and let go when it is shown: a change on screen renders the component once, not twice.
 */
export function useWhileVisible<T>(value: T): T {
  const visible = useViewVisible();
  const [held, setHeld] = useState<{ value: T } | null>(null);
  // Adjusting state while rendering (React's pattern for values derived from a previous render), only when the
  // view is hidden or shown.
  if (!visible && !held) setHeld({ value });
  if (visible && held) setHeld(null);
  return !visible && held ? held.value : value;
}
