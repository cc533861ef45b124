/** The grid's header font (DataView's theme: headerFontSize 12, headerFontWeight 600, the app's font). */
const HEADER_FONT = '600 12px "Noto Sans KR", system-ui, sans-serif';
/** Cell padding on both sides and the resize handle (the sort arrow shows only on the sorted column). */
const HEADER_CHROME = 2 * 8 + 6;
const NARROWEST = 56;

let context: CanvasRenderingContext2D | null | undefined;
/** Widths already measured, by text (a 200-column grid asks for the same words at every resize). */
const widths = new Map<string, number>();

/** The text's width in the header font; where no canvas can measure (jsdom), 7.5 px a character. */
export function textWidth(text: string): number {
  const known = widths.get(text);
  if (known !== undefined) return known;
  if (context === undefined) {
    try {
      context = document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
    if (context) context.font = HEADER_FONT;
  }
  const width = context ? context.measureText(text).width : text.length * 7.5;
  widths.set(text, width);
  return width;
}

/** Forgets the widths measured (a font finished loading: what was measured in a fallback font is wrong now). */
export function forgetTextWidths(): void {
  widths.clear();
  context = undefined;
}

/**
 * The narrowest a column may get with its header's name wrapped where a browser wraps it (at spaces and after a
 * hyphen: "KMMLU-|Pro") and no word cut: its longest piece plus the header's padding. Wider names wrap onto more
 * lines (the header grows to fit).
 */
export function headerMinWidth(name: string): number {
  const longest = Math.max(0, ...name.split(/\s+|(?<=-)/).map(textWidth));
  return Math.max(NARROWEST, Math.ceil(longest + HEADER_CHROME));
}
