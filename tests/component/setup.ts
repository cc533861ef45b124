import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// On a busy 2-core machine AG Grid and ECharts can take seconds to render in jsdom: findBy*/waitFor wait up to
// 15 s (the default 1 s failed under load). A test still fails at once on a wrong value it can see.
configure({ asyncUtilTimeout: 15_000 });

// jsdom has no layout: ag-grid, Radix Slider and ECharts observe element sizes.
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;

// jsdom has no canvas; ECharts measures label text with a 2D context even when it draws SVG.
// Width ≈ 0.6 em per character is enough for layout that nobody sees.
HTMLCanvasElement.prototype.getContext = function getContext(this: HTMLCanvasElement) {
  const context = {
    font: '12px sans-serif',
    measureText(text: string) {
      const size = Number(/(\d+(?:\.\d+)?)px/.exec(context.font)?.[1] ?? 12);
      return { width: text.length * size * 0.6 } as TextMetrics;
    },
  };
  return context;
} as unknown as HTMLCanvasElement['getContext'];

// Radix uses pointer capture and scrollIntoView, which jsdom lacks.
Element.prototype.hasPointerCapture ??= () => false;
Element.prototype.setPointerCapture ??= () => undefined;
Element.prototype.releasePointerCapture ??= () => undefined;
Element.prototype.scrollIntoView ??= () => undefined;
