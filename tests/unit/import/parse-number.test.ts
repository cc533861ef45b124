import { describe, expect, it } from 'vitest';
import { readNumber } from '../../../shared/dataset/parse-number';

/**
 * The rule table of shared/dataset/parse-number.ts (and README, "Import"), case by case: what a person in a
 * Korean or English locale means by the text — "," groups thousands, "." is the decimal point, a decimal
 * comma only where it cannot be a thousands separator, anything that could be read two ways refused.
 */
describe('readNumber: one reading of typed, pasted and imported numbers', () => {
  it.each([
    // plain
    ['61.8', 61.8],
    ['0', 0],
    ['007', 7],
    ['.5', 0.5],
    [' 61.8 ', 61.8],
    ['1.234', 1.234],
    // thousands
    ['1,234', 1234],
    ['1,000', 1000],
    ['100,000', 100000],
    ['1,234,567', 1234567],
    ['12,345,678', 12345678],
    ['1,234.5', 1234.5],
    ['1,234,567.891', 1234567.891],
    ['1.234,5', 1234.5],
    ['1.234.567', 1234567],
    ['1.234.567,89', 1234567.89],
    ['1.234,567', 1234.567],
    // decimal comma where a thousands comma cannot be
    ['72,5', 72.5],
    ['1,23', 1.23],
    ['12,3456', 12.3456],
    ['0,625', 0.625],
    [',5', 0.5],
    ['-0,5', -0.5],
    // spaces as thousands separators
    ['1 234', 1234],
    ['1 234 567', 1234567],
    ['1\u00a0234', 1234],
    ['1\u202f234,5', 1234.5],
    ['1\u2009234.5', 1234.5],
    ['1 234,5', 1234.5],
    ['1 234.5', 1234.5],
    // percent, signs
    ['61.8%', 61.8],
    ['61,8 %', 61.8],
    ['+3', 3],
    ['-3', -3],
    ['\u22123.5', -3.5],
    ['-1,234', -1234],
    ['-0', 0],
    // full-width forms (a Korean IME)
    ['１２', 12],
    ['１２．５', 12.5],
    ['１，２３４', 1234],
    ['－３', -3],
    ['６１．８％', 61.8],
    ['\u300012\u3000', 12],
    // scientific notation (JSON, XLSX numbers as text)
    ['1e3', 1000],
    ['1E3', 1000],
    ['1.5E-3', 0.0015],
    ['.5e2', 50],
    ['-2e-1', -0.2],
  ])('%j → %d', (text, value) => {
    expect(readNumber(text)).toEqual({ kind: 'number', value });
  });

  it.each(['', ' ', '\u00a0', '\t'])('%j is empty', (text) => {
    expect(readNumber(text)).toEqual({ kind: 'empty' });
  });

  it.each(['1234,567', '01,234', '-1234,567', '12345,678'])('%j is ambiguous and refused', (text) => {
    expect(readNumber(text)).toEqual({ kind: 'ambiguous' });
  });

  it.each([
    'abc',
    'N/A',
    '#N/A',
    '—',
    '%',
    '-',
    '--1',
    '+-1',
    '1-',
    '5.',
    '1,2,3',
    '1,23,456',
    '1,234,5',
    '12 34',
    '1  234',
    '1.2.3',
    '61.8.1',
    '1.2.3,4',
    '1,234 5',
    '1 234,567.8',
    '0,123,456',
    '1,5e3',
    '1,234e3',
    'Infinity',
    '-Infinity',
    'NaN',
    '0x10',
    '1_000',
    "1'234",
    '1e400',
    '(5)',
    '- 5',
    '5 6',
  ])('%j is not a number', (text) => {
    expect(readNumber(text)).toEqual({ kind: 'not-a-number' });
  });
});
