import { create } from 'zustand';
import type { AppInfo } from '../../../shared/api/contract';

export type Tab = 'data' | 'weights' | 'results' | 'frontier' | 'rounds' | 'claims' | 'compare';

interface StatusMessage {
  kind: 'info' | 'error';
  text: string;
}

/** Which file dialog of the in-app picker is open. */
export type PickerMode = 'open' | 'save-as' | 'export-pdf';

/** A picker its caller describes (import, data export): what to list and what to do with the chosen path. */
export interface PickerRequest {
  title: string;
  confirm: string;
  /** Extensions listed, with the dot; when saving, the first is appended to a name typed without one. */
  extensions: string[];
  save: boolean;
  suggestedName: string;
  /** Runs with the chosen path; true closes the picker, false keeps it open with the status line's message. */
  run(path: string): Promise<boolean>;
}

interface UiState {
  /** What the host said about itself at start (native dialogs, workspace, locale). */
  appInfo: AppInfo | null;
  tab: Tab;
  status: StatusMessage | null;
  picker: PickerMode | PickerRequest | null;
  /** An action waiting for the unsaved-changes answer (Open while dirty, window close). */
  pendingAfterUnsaved: (() => void) | null;
  /** An action to run once the next save succeeds (the user chose Save in the unsaved-changes prompt). */
  afterSave: (() => void) | null;
  busy: boolean;
  /** The folder the in-app picker showed last; null = the workspace. */
  pickerDir: string | null;
  setAppInfo(info: AppInfo): void;
  setTab(tab: Tab): void;
  info(text: string): void;
  error(text: string): void;
  openPicker(mode: PickerMode | PickerRequest | null): void;
  askUnsaved(then: (() => void) | null): void;
  setAfterSave(then: (() => void) | null): void;
  setBusy(busy: boolean): void;
  setPickerDir(dir: string | null): void;
}

export const useUiStore = create<UiState>()((set) => ({
  appInfo: null,
  tab: 'data',
  status: null,
  picker: null,
  pendingAfterUnsaved: null,
  afterSave: null,
  busy: false,
  pickerDir: null,
  setAppInfo: (appInfo) => set({ appInfo }),
  setTab: (tab) => set({ tab }),
  info: (text) => set({ status: { kind: 'info', text } }),
  error: (text) => set({ status: { kind: 'error', text } }),
  openPicker: (picker) => set({ picker }),
  askUnsaved: (then) => set({ pendingAfterUnsaved: then }),
  setAfterSave: (afterSave) => set({ afterSave }),
  setBusy: (busy) => set({ busy }),
  setPickerDir: (pickerDir) => set({ pickerDir }),
}));
