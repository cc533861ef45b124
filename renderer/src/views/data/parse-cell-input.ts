import type { Benchmark } from '../../../../shared/domain/dataset';

export type CellInput =
  | { kind: 'value'; value: number }
  | { kind: 'empty' }
  | { kind: 'not-a-number'; input: string }
  | { kind: 'out-of-scale'; value: number; min: number; max: number };

/**
 * Reads what the analyst typed into a grid cell: a finite number (a "%" suffix and a decimal comma are
 * accepted) inside the benchmark's scale, or nothing (empty = back to the dataset value).
 */
export function parseCellInput(raw: unknown, benchmark: Pick<Benchmark, 'scale'>): CellInput {
  if (typeof raw === 'number') return checkScale(raw, benchmark);
  const input = raw == null ? '' : String(raw).trim();
  if (input === '') return { kind: 'empty' };
  const text = input.replace(/\s*%$/, '').replace(/^([+-]?\d+),(\d+)$/, '$1.$2');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return { kind: 'not-a-number', input };
  return checkScale(Number(text), benchmark);
}

function checkScale(value: number, { scale }: Pick<Benchmark, 'scale'>): CellInput {
  if (!Number.isFinite(value)) return { kind: 'not-a-number', input: String(value) };
  if (scale && (value < scale.min || value > scale.max))
    return { kind: 'out-of-scale', value, min: scale.min, max: scale.max };
  return { kind: 'value', value };
}
