import { create } from 'zustand';

/**
 * The "What it takes" goal last chosen in the Results view, for the document of `generation` (the scenario store's
 * count of loaded documents), so that the PDF report can print it; another document's choice is not used.
 */
interface WhatIfChoice {
  choice: { generation: number; model: string; goal: string } | null;
  choose(generation: number, model: string, goal: string): void;
}

export const useWhatIfChoice = create<WhatIfChoice>()((set) => ({
  choice: null,
  choose: (generation, model, goal) => set({ choice: { generation, model, goal } }),
}));
