import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../shared/domain/scenario';
import { newGesture, useScenarioStore } from '../../renderer/src/state/scenario-store';
import { RoundsView } from '../../renderer/src/views/programme/RoundsView';
import { WeightsView } from '../../renderer/src/views/weights/WeightsView';
import { inProcessWorker, loadScenario, makeI18n } from './programme/helpers';
import { createRealApi, renderWith, resetStores, type RealApi } from './real-api';

/** Issue 9: one gesture is one undo step, exactly — slider drags, key presses, typing, and edits between them. */

let real: RealApi;
let scenario: Scenario;
const store = () => useScenarioStore.getState();
const history = () => useScenarioStore.temporal.getState();
const weight = (benchmark: string) => store().scenario!.criteria.find((c) => c.benchmark === benchmark)!.weight;
const nameOf = (id: string) => scenario.dataset.benchmarks.find((b) => b.id === id)!.name;
const undo = () => act(() => history().undo());

beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  scenario = await resetStores(real.api);
});

describe('the store: edits of one gesture are one step', () => {
  it('coalesces a gesture’s edits, and the next gesture is its own step', () => {
    const [a, b] = scenario.criteria.map((c) => c.benchmark);
    const drag = newGesture();
    for (const w of [11, 12, 13]) store().setWeight(a, w, drag);
    const other = newGesture();
    for (const w of [21, 22]) store().setWeight(b, w, other);
    expect(history().pastStates).toHaveLength(2);
    history().undo();
    expect([weight(a), weight(b)]).toEqual([13, 10]);
    history().undo();
    expect([weight(a), weight(b)]).toEqual([10, 10]);
  });

  it('an edit without a gesture, or an undo, ends the run: the same gesture continuing is a new step', () => {
    const [a, b] = scenario.criteria.map((c) => c.benchmark);
    const g = newGesture();
    store().setWeight(a, 30, g);
    store().setMethod('topsis');
    store().setWeight(a, 31, g);
    expect(history().pastStates).toHaveLength(3);
    history().undo();
    expect(weight(a)).toBe(30);
    store().setWeight(a, 32, g);
    store().setWeight(b, 40);
    history().undo();
    expect([weight(a), weight(b)]).toEqual([32, 10]);
    history().undo();
    expect(weight(a)).toBe(30);
  });
});

/** A horizontal Radix slider 100 px wide at x = 0 (jsdom has no layout): clientX is the value. */
function sliderRoot(name: string): HTMLElement {
  const root = screen.getByRole('slider', { name }).closest<HTMLElement>('.slider')!;
  root.getBoundingClientRect = () => ({
    x: 0,
    y: 0,
    left: 0,
    top: 0,
    width: 100,
    height: 10,
    right: 100,
    bottom: 10,
    toJSON: () => ({}),
  });
  return root;
}

/** The element holding pointer capture (a browser keeps one per pointer; one pointer here). */
const capture = { element: null as Element | null };
const originalCapture = {
  has: Element.prototype.hasPointerCapture,
  set: Element.prototype.setPointerCapture,
  release: Element.prototype.releasePointerCapture,
};
beforeEach(() => {
  // Pointer capture as a browser keeps it, so Radix follows the moves of a drag.
  Element.prototype.setPointerCapture = function (this: Element) {
    capture.element = this;
  };
  Element.prototype.hasPointerCapture = function (this: Element) {
    return capture.element === this;
  };
  Element.prototype.releasePointerCapture = function () {
    capture.element = null;
  };
});
afterEach(() => {
  Element.prototype.hasPointerCapture = originalCapture.has;
  Element.prototype.setPointerCapture = originalCapture.set;
  Element.prototype.releasePointerCapture = originalCapture.release;
});

/** Presses on the track at `from`, moves through `through`, releases: one drag. */
function drag(root: HTMLElement, from: number, through: number[]) {
  fireEvent.pointerDown(root, { pointerId: 1, button: 0, clientX: from });
  for (const x of through) fireEvent.pointerMove(root, { pointerId: 1, clientX: x });
  fireEvent.pointerUp(root, { pointerId: 1, clientX: through.at(-1) ?? from });
}

describe('the Weights view: sequences of different gestures', () => {
  it('two drags on two sliders: one Undo takes back only the second drag, a second Undo the first', () => {
    renderWith(<WeightsView />, real.api);
    const [a, b] = ['hle', 'kobalt'];
    drag(sliderRoot(nameOf(a)), 20, [25, 30, 35, 40]);
    drag(sliderRoot(nameOf(b)), 60, [65, 70]);
    expect([weight(a), weight(b)]).toEqual([40, 70]);
    undo();
    expect([weight(a), weight(b)]).toEqual([40, 10]);
    undo();
    expect([weight(a), weight(b)]).toEqual([10, 10]);
  });

  it('a key press, then a drag: one Undo takes back the drag only', async () => {
    renderWith(<WeightsView />, real.api);
    const [a, b] = ['hle', 'kobalt'];
    act(() => screen.getByRole('slider', { name: nameOf(a) }).focus());
    await userEvent.keyboard('{ArrowRight}');
    drag(sliderRoot(nameOf(b)), 50, [55]);
    expect([weight(a), weight(b)]).toEqual([11, 55]);
    undo();
    expect([weight(a), weight(b)]).toEqual([11, 10]);
  });

  it('a drag that ends where it began, then a key press: each is its own step', async () => {
    renderWith(<WeightsView />, real.api);
    const a = 'hle';
    const root = sliderRoot(nameOf(a));
    drag(root, 10, [30, 10]);
    act(() => screen.getByRole('slider', { name: nameOf(a) }).focus());
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(weight(a)).toBe(12);
    undo();
    expect(weight(a)).toBe(11);
    undo();
    expect(weight(a)).toBe(10);
  });

  it('a held key (auto-repeat) is one press: one step', () => {
    renderWith(<WeightsView />, real.api);
    const thumb = screen.getByRole('slider', { name: nameOf('hle') });
    act(() => thumb.focus());
    fireEvent.keyDown(thumb, { key: 'ArrowRight' });
    for (let i = 0; i < 4; i++) fireEvent.keyDown(thumb, { key: 'ArrowRight', repeat: true });
    fireEvent.keyUp(thumb, { key: 'ArrowRight' });
    expect(weight('hle')).toBe(15);
    expect(history().pastStates).toHaveLength(1);
    undo();
    expect(weight('hle')).toBe(10);
  });

  it('typing into a field is one step when committed (Enter or blur); a drag while typing is its own step', async () => {
    renderWith(<WeightsView />, real.api);
    const field = (id: string) => screen.getByRole('spinbutton', { name: `${nameOf(id)} weight` });
    await userEvent.clear(field('hle'));
    await userEvent.type(field('hle'), '35{Enter}');
    await userEvent.clear(field('kobalt'));
    await userEvent.type(field('kobalt'), '42');
    // The field still has the focus (no blur): a drag on another slider is a separate step.
    drag(sliderRoot(nameOf('click')), 70, [80]);
    fireEvent.blur(field('kobalt'));
    expect([weight('hle'), weight('kobalt'), weight('click')]).toEqual([35, 42, 80]);
    undo();
    expect([weight('hle'), weight('kobalt'), weight('click')]).toEqual([35, 42, 10]);
    undo();
    expect([weight('hle'), weight('kobalt')]).toEqual([35, 10]);
    undo();
    expect(weight('hle')).toBe(10);
    expect(history().pastStates).toHaveLength(0);
  });
});

describe('the method controls', () => {
  it('choosing VIKOR is a step, typing its v until Enter another', async () => {
    renderWith(<WeightsView />, real.api);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Method' }), 'vikor');
    const v = screen.getByRole('spinbutton', { name: 'VIKOR v (weight of the majority)' });
    await userEvent.clear(v);
    await userEvent.type(v, '0.75{Enter}');
    expect(store().scenario!.method).toEqual({ name: 'vikor', v: 0.75 });
    expect(history().pastStates).toHaveLength(2);
    undo();
    expect(store().scenario!.method).toEqual({ name: 'vikor', v: scenario.method.v });
    undo();
    expect(store().scenario!.method.name).toBe(scenario.method.name);
  });
});

/** The Rounds view over the store, as the app's Rounds tab is. */
function StoreRounds() {
  const current = useScenarioStore((s) => s.scenario);
  return current ? (
    <RoundsView scenario={current} onChange={(next) => store().replace(next)} createWorker={inProcessWorker} />
  ) : null;
}

describe('the programme views: typing in a number field', () => {
  it('is one step per field until Enter or blur, whatever the keystrokes committed on the way', async () => {
    const planned = loadScenario('round1-as-planned');
    act(() => store().load({ ...planned, uncertainty: { ...planned.uncertainty, enabled: true } }, null));
    render(
      <I18nextProvider i18n={await makeI18n()}>
        <StoreRounds />
      </I18nextProvider>,
    );
    const seed = screen.getByRole('spinbutton', { name: 'Seed' });
    const samples = screen.getByRole('spinbutton', { name: 'Samples' });
    const before = store().scenario!.uncertainty;
    await userEvent.clear(seed);
    await userEvent.type(seed, '4321{Enter}');
    await userEvent.clear(samples);
    await userEvent.type(samples, '5000');
    fireEvent.blur(samples);
    expect(store().scenario!.uncertainty).toMatchObject({ seed: 4321, samples: 5000 });
    expect(history().pastStates).toHaveLength(2);
    undo();
    expect(store().scenario!.uncertainty).toMatchObject({ seed: 4321, samples: before.samples });
    undo();
    expect(store().scenario!.uncertainty.seed).toBe(before.seed);
  });
});
