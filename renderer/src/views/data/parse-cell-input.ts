import { readNumber } from '../../../../shared/dataset/parse-number';
import type { Benchmark } from '../../../../shared/domain/dataset';
import { outsideScale } from '../../../../shared/domain/value-rules';

type CellInput =
  | { kind: 'value'; value: number }
  | { kind: 'empty' }
  | { kind: 'not-a-number'; input: string }
  | { kind: 'ambiguous'; input: string }
  | { kind: 'out-of-scale'; value: number; min: number; max: number };

/**
 * Reads what the analyst typed or pasted into a grid cell by the importer's own rules (readNumber:
 * "1,234" is 1234, "72,5" is 72.5, "1234,567" is refused as ambiguous), inside the benchmark's scale as
 * the scenario schema requires of an override; or nothing (empty = back to the dataset value).
 */
export function parseCellInput(raw: unknown, benchmark: Pick<Benchmark, 'scale'>): CellInput {
  if (typeof raw === 'number') return checkScale(raw, benchmark);
  const input = raw == null ? '' : String(raw).trim();
  const reading = readNumber(input);
  if (reading.kind === 'number') return checkScale(reading.value, benchmark);
  if (reading.kind === 'empty') return reading;
  return { kind: reading.kind, input };
}

function checkScale(value: number, { scale }: Pick<Benchmark, 'scale'>): CellInput {
  if (!Number.isFinite(value)) return { kind: 'not-a-number', input: String(value) };
  if (scale && outsideScale(value, scale)) return { kind: 'out-of-scale', value, min: scale.min, max: scale.max };
  return { kind: 'value', value };
}
