/**
 * The notes of save number n in the kill test: a marker at both ends and a length that depends on n,
 * so a file that is not exactly one complete save (torn, truncated, two saves mixed) fails the check.
 */
export const notesFor = (n: number): string => `begin ${n};${'x'.repeat(200_000 + (n % 997) * 131)};end ${n}`;

/** The save number whose notes these are, or null when they are not exactly a save's notes. */
export function saveNumberOf(notes: string): number | null {
  const match = /^begin (\d+);/.exec(notes);
  if (!match) return null;
  const n = Number(match[1]);
  return notes === notesFor(n) ? n : null;
}
