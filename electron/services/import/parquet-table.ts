/** A Parquet value as text, the way the CSV/XLSX path reads cells: numbers in JS notation, dates as YYYY-MM-DD. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
}

/**
 * The rows of a Parquet file (Apache Parquet format, read by hyparquet: plain JavaScript, every standard codec
 * it ships) as text cells: row 1 the column names, then one row per record — the numbering of a CSV file with
 * its header line, so problems name the same rows. Throws what hyparquet throws for a file that is not Parquet;
 * the caller locates it.
 */
export async function readParquetTable(bytes: Uint8Array): Promise<{ row: number; cells: string[] }[]> {
  const { parquetMetadata, parquetReadObjects, parquetSchema } = await import('hyparquet');
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const metadata = parquetMetadata(file);
  const headers = parquetSchema(metadata).children.map((c) => c.element.name);
  const records = await parquetReadObjects({ file, metadata });
  return [
    { row: 1, cells: headers },
    ...records.map((record, i) => ({ row: i + 2, cells: headers.map((h) => cellText(record[h])) })),
  ];
}
