/**
 * How much of a large scenario the printed report lists (A4 holds about 40 table rows a page): the ranking's best
 * candidates, a composite chart that fits one page, the rank-acceptability table while its one column per rank fits
 * the page's width, and the sources of the best candidates' numbers up to a row budget (whole candidates, at least
 * one). A note under each shortened list says how many are left out; every value and its source stay in Export data →
 * Decision matrix. The default scenario (5 candidates × 14 criteria) is printed whole, but for the weight sweeps: one
 * chart per criterion for the `sweeps` heaviest criteria (the on-screen chart sweeps any criterion).
 */
export const REPORT_SHOWN = { ranking: 100, chart: 25, acceptability: 12, sourceRows: 600, sweeps: 4 } as const;
