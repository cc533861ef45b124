import { Table, makeData, makeVector, tableFromIPC, tableToIPC } from 'apache-arrow';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsFromObservations, observationsFromColumns } from '../../../shared/dataset/columnar';
import { columnIssues } from '../../../shared/dataset/columnar-check';
import { observationsFromArrow, observationsToArrow } from '../../../shared/dataset/observations-arrow';
import type { Observation } from '../../../shared/domain/dataset';
import { int32File, tinyDataset } from '../services/fixtures';

/** The tiny dataset's observations with nulls and values in stderr, n and reportedAs. */
function observations(): Observation[] {
  return tinyDataset().observations.map((o, i) => ({
    ...o,
    stderr: i % 2 ? 0.5 : null,
    n: i % 3 ? 100 + i : null,
    reportedAs: i === 2 ? 'ACC (as reported)' : null,
    note: `note ${i % 2}`,
  }));
}

const indexType = (bytes: Uint8Array, column: string) =>
  String(tableFromIPC(bytes).schema.fields.find((f) => f.name === column)!.type);

describe('observation tables in Arrow: dictionary index widths', () => {
  it('are the narrowest signed type for the dictionary: Int8 to 128 entries, Int16 to 32,768, then Int32', () => {
    const base = observations()[0];
    const rowsWith = (notes: number) =>
      Array.from({ length: notes }, (_, i) => ({ ...base, id: `o-${String(i).padStart(6, '0')}`, note: `n${i}` }));
    for (const [notes, type] of [
      [128, 'Dictionary<Int8, Utf8>'],
      [129, 'Dictionary<Int16, Utf8>'],
      [32_768, 'Dictionary<Int16, Utf8>'],
      [32_769, 'Dictionary<Int32, Utf8>'],
    ] as const) {
      const rows = rowsWith(notes);
      const bytes = observationsToArrow(columnsFromObservations(rows));
      expect(indexType(bytes, 'note'), `${notes} notes`).toBe(type);
      expect(indexType(bytes, 'model')).toBe('Dictionary<Int8, Utf8>');
      // apache-arrow's own reading of the file gives every note back.
      expect([...tableFromIPC(bytes).getChild('note')!]).toEqual(rows.map((r) => r.note));
      expect(observationsFromColumns(observationsFromArrow(bytes, rows.length))).toEqual(rows);
    }
  });

  it('a file of the first writer (Int32 indices throughout) still reads as the same observations', () => {
    const rows = observations();
    const old = int32File(rows);
    expect(indexType(old, 'model')).toBe('Dictionary<Int32, Utf8>');
    expect(indexType(old, 'reportedAs')).toBe('Dictionary<Int32, Utf8>');
    expect(observationsFromColumns(observationsFromArrow(old, rows.length))).toEqual(rows);
    expect(observationsFromColumns(observationsFromArrow(old, rows.length, 'utf8'))).toEqual(rows);
  });

  it('an index outside its dictionary or a null in a column without nulls is refused naming the row', () => {
    const rows = observations();
    const table = tableFromIPC(observationsToArrow(columnsFromObservations(rows)));
    const vectors = Object.fromEntries(table.schema.fields.map((f) => [f.name, table.getChild(f.name)!]));
    const model = table.getChild('model')!.data[0];
    const withIndices = (indices: Int8Array, nullBitmap?: Uint8Array) =>
      tableToIPC(
        new Table({
          ...vectors,
          model: makeVector(
            makeData({ type: model.type, length: 6, data: indices, nullBitmap, dictionary: model.dictionary }),
          ),
        }),
        'file',
      );
    expect(() => observationsFromArrow(withIndices(Int8Array.of(0, 1, 2, 0, 3, 2)), 6)).toThrow(
      'column model, row 4: index 3 is outside its dictionary (3 entries)',
    );
    expect(() => observationsFromArrow(withIndices(Int8Array.of(0, 1, -1, 0, 1, 2)), 6)).toThrow(
      'column model, row 2: index -1 is outside its dictionary (3 entries)',
    );
    expect(() =>
      observationsFromArrow(withIndices(Int8Array.of(0, 1, 2, 0, 1, 2), Uint8Array.of(0b111101)), 6),
    ).toThrow('column model, row 1: empty (null)');
  });
});

describe('observation ids: duplicates found with ids in order and out of order', () => {
  // Ids from a small alphabet, so repeats and prefixes (a, a-, a-b) are common; sorted or as drawn.
  const ids = fc.array(fc.stringMatching(/^[ab][ab-]{0,3}$/), { minLength: 1, maxLength: 40 });
  const base = observations()[0];
  it('every repeat is named with the first row of its id (as a Set would find it), whether the ids are sorted or not', () => {
    fc.assert(
      fc.property(ids, fc.boolean(), (drawn, sorted) => {
        const list = sorted ? [...drawn].sort() : drawn;
        const rows = list.map((id) => ({ ...base, id }));
        const columns = observationsFromArrow(observationsToArrow(columnsFromObservations(rows)), rows.length, 'utf8');
        const found = columnIssues(columns, tinyDataset(), { limit: 1000 }).filter((i) => i.column === 'id');
        const first = new Map<string, number>();
        const expected: string[] = [];
        list.forEach((id, row) => {
          if (first.has(id))
            expected.push(
              `dataset.observations.${row}.id: duplicate observation id ${id} (also at index ${first.get(id)})`,
            );
          else first.set(id, row);
        });
        expect(found.map((i) => i.message)).toEqual(expected);
      }),
    );
  });
});
