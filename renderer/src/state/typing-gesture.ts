import { useRef } from 'react';
import { inGesture, newGesture, type Gesture } from './scenario-store';

/**
 * Typing into a field as one gesture (one undo step): from the first committed change until Enter or blur. `run`
 * applies a change as part of the current typing; `end` closes it (the field's onBlur and Enter).
 */
export function useTypingGesture(): { run(apply: () => void): void; end(): void } {
  const typing = useRef<Gesture | null>(null);
  return {
    run: (apply) => inGesture((typing.current ??= newGesture()), apply),
    end: () => {
      typing.current = null;
    },
  };
}
