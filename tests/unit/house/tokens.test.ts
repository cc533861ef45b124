import { describe, expect, it } from 'vitest';
import {
  applyTokens,
  colour,
  cssCustomProperties,
  fontSize,
  lineHeight,
  space,
  withAlpha,
} from '../../../renderer/src/styles/tokens';
import { ratioColour } from '../../../renderer/src/views/programme/heatmap-colour';

describe('design tokens', () => {
  it('gives every colour, spacing step, type size and line height a CSS custom property with the same value', () => {
    const css = cssCustomProperties();
    expect(css['--ink']).toBe(colour.ink);
    expect(css['--ink-soft']).toBe(colour.inkSoft);
    expect(css['--accent-faint']).toBe(colour.accentFaint);
    expect(css['--space-md']).toBe(`${space.md}px`);
    expect(css['--font-size-sm']).toBe(`${fontSize.sm}px`);
    expect(css['--line-height-grid-header']).toBe(`${lineHeight.gridHeader}px`);
    expect(Object.keys(css)).toHaveLength(
      1 +
        Object.keys(colour).length +
        Object.keys(space).length +
        Object.keys(fontSize).length +
        Object.keys(lineHeight).length,
    );
  });

  it('sets each property on the style it is given', () => {
    const set = new Map<string, string>();
    applyTokens({ setProperty: (name: string, value: string | null) => void set.set(name, value ?? '') });
    expect(Object.fromEntries(set)).toEqual(cssCustomProperties());
  });

  it('writes a hex token with an alpha as the same red, green and blue', () => {
    // #2f5d8a = (2·16+15, 5·16+13, 8·16+10) = (47, 93, 138), the wash the grid and the acceptability table used.
    expect(withAlpha('#2f5d8a', 0.3)).toBe('rgb(47 93 138 / 0.300)');
    expect(withAlpha('#ffffff', 1)).toBe('rgb(255 255 255 / 1.000)');
  });

  it('keeps the frontier heatmap ramp: red at 60% of the bar, amber just below, green at and above', () => {
    expect(ratioColour(0.6 * 0.8, 0.8)).toBe('hsl(0, 85%, 78%)');
    expect(ratioColour(0.7999, 0.8)).toBe('hsl(45, 85%, 86%)');
    expect(ratioColour(0.8, 0.8)).toBe('hsl(130, 50%, 84%)');
    expect(ratioColour(0.95, 0.8)).toBe('hsl(130, 50%, 70%)');
  });
});
