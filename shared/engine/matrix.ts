import { EngineError } from './errors';

/**
 * A dense decision matrix, row-major (rows = alternatives, cols = criteria), in one Float64Array so
 * that the hot loops stay cache-friendly. NaN marks a missing value; it never leaves the engine.
 */
export interface DenseMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

export type MatrixInput = DenseMatrix | readonly (readonly (number | null)[])[];

const isDense = (m: MatrixInput): m is DenseMatrix => !Array.isArray(m);

/** Rows of numbers (null = missing) to a dense matrix; rows must all have the same length. */
export function toDense(input: MatrixInput): DenseMatrix {
  if (isDense(input)) return input;
  const rows = input.length;
  const cols = rows ? input[0].length : 0;
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const row = input[i];
    if (row.length !== cols)
      throw new EngineError('shape', `row ${i} has ${row.length} values, expected ${cols}`, ['matrix', i]);
    for (let j = 0; j < cols; j++) {
      const v = row[j];
      if (v !== null && !Number.isFinite(v))
        throw new EngineError('shape', `value at row ${i}, column ${j} is not a finite number`, ['matrix', i, j]);
      data[i * cols + j] = v === null ? NaN : v;
    }
  }
  return { rows, cols, data };
}

/** Dense matrix back to rows; missing (NaN) becomes null. */
export function toRows(m: DenseMatrix): (number | null)[][] {
  const out: (number | null)[][] = [];
  for (let i = 0; i < m.rows; i++) {
    const row: (number | null)[] = new Array(m.cols);
    for (let j = 0; j < m.cols; j++) {
      const v = m.data[i * m.cols + j];
      row[j] = Number.isNaN(v) ? null : v;
    }
    out.push(row);
  }
  return out;
}

export function column(m: DenseMatrix, j: number): Float64Array {
  const out = new Float64Array(m.rows);
  for (let i = 0; i < m.rows; i++) out[i] = m.data[i * m.cols + j];
  return out;
}

/** Throws a typed error naming the first missing cell; methods call it on their input. */
export function assertComplete(m: DenseMatrix): void {
  for (let k = 0; k < m.data.length; k++) {
    if (Number.isNaN(m.data[k])) {
      const i = Math.floor(k / m.cols);
      const j = k % m.cols;
      throw new EngineError('missing-value', `value at row ${i}, column ${j} is missing`, ['matrix', i, j]);
    }
  }
}
