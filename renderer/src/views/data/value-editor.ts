import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community';
import type { Row } from './grid-rows';

/**
 * The value cell's editor: one text input, started as AG Grid's text editor starts (a printable key typed in the
 * cell replaces the value, Backspace or Delete empties it, a double-click, Enter or F2 opens it holding the value,
 * all of it selected except after F2) and read back raw (the value setter parses it). Unlike AG Grid's text editor
 * it has no validation of its own (the scenario store's edit refuses bad input with a message), so closing it does
 * not run AG Grid's validation pass over the row's cells and their tooltips: Enter changes only the edited cell.
 */
export class ValueEditor implements ICellEditorComp<Row> {
  private readonly gui = document.createElement('div');
  private readonly input = document.createElement('input');
  private params!: ICellEditorParams<Row, number | null>;
  /** The text the input was opened with when it holds the cell's value: unchanged, the value is kept as it is. */
  private seeded: string | null = null;
  private focusOnAttach = false;
  private selectAll = false;

  init(params: ICellEditorParams<Row, number | null>): void {
    this.params = params;
    const { cellStartedEdit, eventKey, value } = params;
    // AG Grid's theme sizes an inline editor by these classes (the cell's full width and height).
    this.gui.className = 'ag-cell-edit-wrapper';
    const field = document.createElement('div');
    field.className = 'ag-cell-editor ag-text-field ag-input-field';
    const wrapper = document.createElement('div');
    wrapper.className = 'ag-wrapper ag-input-wrapper ag-text-field-input-wrapper';
    const input = this.input;
    input.type = 'text';
    input.className = 'ag-input-field-input ag-text-field-input';
    input.autocomplete = 'off';
    // No browser tooltip over the input (the cell's own tooltip stays AG Grid's).
    input.title = '';
    wrapper.append(input);
    field.append(wrapper);
    this.gui.append(field);
    const shown = value === null || value === undefined ? '' : String(value);
    this.focusOnAttach = cellStartedEdit;
    if (cellStartedEdit && (eventKey === 'Backspace' || eventKey === 'Delete')) input.value = '';
    // The printable key pressed becomes the text (AG Grid keeps the browser from typing it a second time).
    else if (cellStartedEdit && eventKey?.length === 1) input.value = eventKey;
    else {
      input.value = shown;
      this.seeded = shown;
      this.selectAll = cellStartedEdit && eventKey !== 'F2';
    }
    input.addEventListener('keydown', (event) => {
      // Page Up and Page Down would scroll the grid under the open editor.
      if (event.key === 'PageUp' || event.key === 'PageDown') event.preventDefault();
    });
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  afterGuiAttached(): void {
    const { input, params } = this;
    // The grid's own words for its editor, in the UI's language (the grid's getLocaleText, as AG Grid's editor).
    const key = 'ariaInputEditor';
    const defaultValue = 'Input Editor';
    input.setAttribute(
      'aria-label',
      params.api.getGridOption('getLocaleText')?.({ key, defaultValue, api: params.api, context: params.context }) ??
        defaultValue,
    );
    if (!this.focusOnAttach) return;
    input.focus();
    if (this.selectAll) input.select();
    else input.setSelectionRange(input.value.length, input.value.length);
  }

  focusIn(): void {
    this.input.focus();
    this.input.select();
  }

  /** The typed text, or the cell's value as it was when the text is the one it opened with. */
  getValue(): string | number | null | undefined {
    const text = this.input.value;
    return this.seeded !== null && text === this.seeded ? this.params.value : text;
  }

  isPopup(): boolean {
    return false;
  }
}
