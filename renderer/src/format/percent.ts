/** A share as a percentage with one decimal: 0.9847 → "98.5%". Used by every view and report section. */
export const percent = (ratio: number): string => `${(ratio * 100).toFixed(1)}%`;
