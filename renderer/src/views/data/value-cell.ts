import type { ICellRendererComp, ICellRendererParams } from 'ag-grid-community';
import { shownNumber } from './grid-block';
import type { Row } from './grid-rows';

export type OverrideCellParams = ICellRendererParams<Row, number | null> & {
  overrideLabel: string;
};

/**
 * A value cell's text: the value used, "—" where missing (what a cell without the ✎ mark shows). While an edit is
 * being committed AG Grid formats the typed text once more before the store's value replaces it: shown as typed.
 */
export const valueText = (value: unknown): string =>
  value === null || value === undefined ? '—' : typeof value === 'number' ? shownNumber(value) : String(value);

/**
 * An overridden cell: its value with the ✎ mark and a screen-reader word. Only these cells have a renderer (the
 * column's cellRendererSelector): every other cell is AG Grid's plain text, with no component made per cell. Plain
 * DOM (an AG Grid component class, not a React one). A refresh changes its nodes in place, and only those that
 * differ, so a redrawn cell that looks the same is not laid out or painted again.
 */
export class OverrideCell implements ICellRendererComp<Row> {
  private readonly gui = document.createElement('span');
  private readonly text = document.createTextNode('');
  private marker: HTMLElement | null = null;

  init(params: OverrideCellParams): void {
    this.gui.append(this.text);
    this.refresh(params);
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  refresh({ value, overrideLabel }: OverrideCellParams): boolean {
    const missing = value === null || value === undefined;
    const text = valueText(value);
    if (this.text.data !== text) this.text.data = text;
    const marker = !missing ? this.markerFor(overrideLabel) : null;
    if (marker && marker.parentNode !== this.gui) this.gui.append(marker);
    else if (!marker) this.marker?.remove();
    return true;
  }

  /** The ✎ mark with its words for screen readers, made once per cell. */
  private markerFor(label: string): HTMLElement {
    const words = ` (${label})`;
    if (this.marker?.lastChild?.textContent === words) return this.marker;
    const marker = document.createElement('span');
    marker.className = 'override-marker';
    const icon = document.createElement('span');
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = '✎';
    const word = document.createElement('span');
    word.className = 'visually-hidden';
    word.textContent = words;
    marker.append(icon, word);
    this.marker?.remove();
    return (this.marker = marker);
  }
}
