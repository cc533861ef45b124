import { create } from 'zustand';

/**
 * Whether a weight slider is being dragged (pointer down on it, not yet up): the robustness analyses wait for the
 * drag to end instead of running at every step of it.
 */
export const useSliderDrag = create<{ dragging: boolean }>(() => ({ dragging: false }));

/** Called on a slider's pointer down; the drag ends at the next pointer up or cancel anywhere in the window. */
export function startSliderDrag(): void {
  useSliderDrag.setState({ dragging: true });
  const end = () => {
    useSliderDrag.setState({ dragging: false });
    window.removeEventListener('pointerup', end);
    window.removeEventListener('pointercancel', end);
  };
  window.addEventListener('pointerup', end);
  window.addEventListener('pointercancel', end);
}
