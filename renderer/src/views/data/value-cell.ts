import type { ICellRendererComp, ICellRendererParams } from 'ag-grid-community';
import { shownNumber } from './grid-block';
import type { Row } from './grid-rows';

export type ValueCellParams = ICellRendererParams<Row, number | null> & {
  overrideLabel: string;
  /** Whether the row's cell in this column holds a what-if override (drawn with the ✎ mark). */
  isOverride(row: Row | undefined): boolean;
};

/**
 * The value used, "—" where missing; an override carries a marker and a screen-reader word. Plain DOM (an AG Grid
 * component class, not a React one): a screenful of a 200-column grid is hundreds of cells per scroll frame. A
 * refresh changes its nodes in place, and only those that differ (the number's text, the mark attached or not),
 * so a redrawn cell that looks the same is not laid out or painted again.
 */
export class ValueCell implements ICellRendererComp<Row> {
  private readonly gui = document.createElement('span');
  private readonly text = document.createTextNode('');
  private marker: HTMLElement | null = null;

  init(params: ValueCellParams): void {
    this.gui.append(this.text);
    this.refresh(params);
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  refresh({ value, data, overrideLabel, isOverride }: ValueCellParams): boolean {
    const missing = value === null || value === undefined;
    const text = missing ? '—' : shownNumber(value);
    if (this.text.data !== text) this.text.data = text;
    const className = missing ? 'cell-missing' : '';
    if (this.gui.className !== className) this.gui.className = className;
    const marker = !missing && isOverride(data) ? this.markerFor(overrideLabel) : null;
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
