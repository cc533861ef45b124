import { describe, expect, it } from 'vitest';
import { breakOpportunities, headerRowHeight, wrappedLines } from '../../../renderer/src/views/data/header-height';

/** A monospace font of 10 px a character: every width below is counted by hand. */
const mono = (text: string) => text.length * 10;

describe('header names wrapped as the browser wraps them', () => {
  it('breaks after spaces and after a hyphen before a letter, never before a digit or at a no-break space', () => {
    expect(breakOpportunities("Humanity's Last Exam")).toEqual([11, 16]);
    expect(breakOpportunities('KMMLU-Pro')).toEqual([6]);
    expect(breakOpportunities('τ²-Bench Retail')).toEqual([3, 9]);
    expect(breakOpportunities('KoBALT-700')).toEqual([]);
    expect(breakOpportunities('A\u00a0B')).toEqual([]);
  });

  it('fills each line with the pieces that fit, first fit', () => {
    // "Humanity's Last" is 150 px: it fits in 155 px, not in 150 (half a pixel of slack for rounding).
    expect(wrappedLines("Humanity's Last Exam", 155, mono)).toBe(2);
    expect(wrappedLines("Humanity's Last Exam", 150, mono)).toBe(2);
    expect(wrappedLines("Humanity's Last Exam", 80, mono)).toBe(3);
    expect(wrappedLines("Humanity's Last Exam", 205, mono)).toBe(1);
    expect(wrappedLines("Humanity's Last Exam", 200, mono)).toBe(2);
    // "KMMLU-" (60 px) / "Pro"; "KoBALT-700" cannot break and overflows on one line.
    expect(wrappedLines('KMMLU-Pro', 65, mono)).toBe(2);
    expect(wrappedLines('KoBALT-700', 65, mono)).toBe(1);
  });

  it('puts a word wider than the line on a line of its own', () => {
    expect(wrappedLines('Supercalifragilistic is it', 50, mono)).toBe(3);
  });
});

describe('header row heights', () => {
  it('is lines × 17 px + 11 px for the tallest cell, marks on a line of their own, at least 30 px', () => {
    const cell = (name: string, textWidth: number, wraps = true, extraLines = 0) => ({
      name,
      textWidth,
      wraps,
      extraLines,
    });
    expect(headerRowHeight([], mono)).toBe(30);
    expect(headerRowHeight([cell('Model', 164)], mono)).toBe(30);
    // "AIME" / "2025" and a marks line: 3 lines.
    expect(headerRowHeight([cell('Model', 164), cell('AIME 2025', 48, true, 1)], mono)).toBe(3 * 17 + 11);
    // A name that does not wrap stays one line however narrow.
    expect(headerRowHeight([cell('A very long group', 20, false)], mono)).toBe(30);
    expect(headerRowHeight([cell('Long context', 60)], mono)).toBe(2 * 17 + 11);
  });
});
