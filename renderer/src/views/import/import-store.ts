import { create } from 'zustand';

/** An import the user started: the file chosen in the in-app picker, or null = ask with the native dialog. */
export interface ImportRequest {
  id: number;
  path: string | null;
}

interface ImportState {
  request: ImportRequest | null;
  start(path: string | null): void;
  close(): void;
}

/** Whether the Import dialog is open, and for which file; a new start() gives a fresh dialog. */
export const useImportStore = create<ImportState>()((set) => ({
  request: null,
  start: (path) => set((s) => ({ request: { id: (s.request?.id ?? 0) + 1, path } })),
  close: () => set({ request: null }),
}));
