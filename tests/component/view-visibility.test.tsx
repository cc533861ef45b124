import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useWhileVisible, ViewVisibleContext } from '../../renderer/src/views/view-visibility';

/** Renders `value` through useWhileVisible in a view shown or hidden, counting the component's renders. */
function setup() {
  const renders: string[] = [];
  function Shown({ value }: { value: string }) {
    const shown = useWhileVisible(value);
    renders.push(shown);
    return <output>{shown}</output>;
  }
  const view = (visible: boolean, value: string) => (
    <ViewVisibleContext.Provider value={visible}>
      <Shown value={value} />
    </ViewVisibleContext.Provider>
  );
  return { renders, view };
}

describe('useWhileVisible', () => {
  it('follows the value on screen in one render per change; hidden, it holds the last shown value', () => {
    const { renders, view } = setup();
    const { rerender, getByRole } = render(view(true, 'a'));
    rerender(view(true, 'b'));
    // One render per change on screen (a second one would redo the view's work on every edit).
    expect(renders).toEqual(['a', 'b']);
    rerender(view(false, 'b'));
    rerender(view(false, 'c'));
    expect(getByRole('status').textContent).toBe('b');
    rerender(view(true, 'c'));
    expect(getByRole('status').textContent).toBe('c');
    rerender(view(true, 'd'));
    expect(renders.slice(-1)).toEqual(['d']);
    expect(renders.filter((r) => r === 'd')).toHaveLength(1);
  });
});
