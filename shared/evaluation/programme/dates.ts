/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), in whole days, with no time zone.
 * D − n months keeps the day of the month and clamps it to the last day of the target month:
 * 2026-01-15 − 6 months = 2025-07-15; 2026-08-31 − 6 months = 2026-02-28.
 */
export function subtractMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The frontier window [D − W months, D], inclusive at both ends (ISO dates compare as strings). */
export interface DateWindow {
  start: string;
  end: string;
}

export const frontierWindow = (evaluationDate: string, months: number): DateWindow => ({
  start: subtractMonths(evaluationDate, months),
  end: evaluationDate,
});

export const positionInWindow = (date: string, w: DateWindow): 'before' | 'inside' | 'after' =>
  date < w.start ? 'before' : date > w.end ? 'after' : 'inside';
