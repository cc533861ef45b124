import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../shared/dataset/numbers';

describe('parseNumber reads numbers as spreadsheets write them', () => {
  it.each([
    ['61.8', 61.8],
    ['61,8', 61.8],
    [' 61.8 ', 61.8],
    ['61.8%', 61.8],
    ['0,625', 0.625],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234.5', 1234.5],
    ['12,345,678', 12345678],
    ['−3.5', -3.5],
    ['-0.5', -0.5],
    ['.5', 0.5],
    ['1e3', 1000],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['', ' ', 'abc', '61.8.1', '1,2,3', 'N/A', '#N/A', '--1', '1.2.3,4', 'Infinity', 'NaN', '0x10'])(
    '%j is not a number',
    (text) => {
      expect(parseNumber(text)).toBeNull();
    },
  );
});
