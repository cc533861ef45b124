import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../../shared/api/errors';
import { nodeAtomicFs, type AtomicFs } from '../../../electron/services/atomic-write';
import { jsonErrorOffset } from '../../../electron/services/json-error-position';
import { readScenarioFile, serializeScenario, writeScenarioFile } from '../../../electron/services/scenario-file';
import { tempDir, tinyScenario } from './fixtures';

async function refusal(path: string): Promise<WorkbenchError> {
  const error = await readScenarioFile(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbenchError);
  return error as WorkbenchError;
}

describe('scenario files', () => {
  it('round-trips a scenario through an atomic write', async () => {
    const dir = tempDir();
    const path = join(dir, 'round trip.sewb');
    const scenario = tinyScenario();
    await writeScenarioFile(path, scenario);
    expect(await readScenarioFile(path)).toEqual(scenario);
    expect(readdirSync(dir)).toEqual(['round trip.sewb']);
  });

  it('a save whose rename fails leaves the previous file readable and unchanged', async () => {
    const dir = tempDir();
    const path = join(dir, 's.sewb');
    await writeScenarioFile(path, tinyScenario('first'));
    const before = readFileSync(path, 'utf8');
    const brokenRename: AtomicFs = {
      ...nodeAtomicFs,
      rename: () => Promise.reject(Object.assign(new Error('boom'), { code: 'EIO' })),
    };
    const error = await writeScenarioFile(path, tinyScenario('second'), brokenRename).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'io', path });
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect((await readScenarioFile(path)).name).toBe('first');
    expect(readdirSync(dir)).toEqual(['s.sewb']);
  });

  it('refuses a scenario with a bad field, naming the field', async () => {
    const dir = tempDir();
    const path = join(dir, 'bad.sewb');
    const doc = JSON.parse(serializeScenario(tinyScenario())) as { criteria: { weight: unknown }[] };
    doc.criteria[1].weight = -2;
    writeFileSync(path, JSON.stringify(doc));
    const error = await refusal(path);
    expect(error.code).toBe('invalid-file');
    expect(error.message).toContain('criteria.1.weight');
    expect(error.message).toContain(path);
    expect(error.path).toBe(`${path} → criteria.1.weight`);
  });

  it('refuses a criterion on a benchmark the embedded dataset does not have', async () => {
    const dir = tempDir();
    const path = join(dir, 'unknown.sewb');
    const doc = JSON.parse(serializeScenario(tinyScenario())) as { criteria: { benchmark: string }[] };
    doc.criteria[0].benchmark = 'nope';
    writeFileSync(path, JSON.stringify(doc));
    const error = await refusal(path);
    expect(error.message).toMatch(/criteria\.0\.benchmark: unknown benchmark nope/);
  });

  it('names line and column of a truncated file', async () => {
    const dir = tempDir();
    const path = join(dir, 'cut.sewb');
    const text = serializeScenario(tinyScenario());
    const cut = text.slice(0, Math.floor(text.length / 2));
    writeFileSync(path, cut);
    const lines = cut.split('\n');
    const error = await refusal(path);
    expect(error.code).toBe('invalid-file');
    // The text stops in the middle of a value, so the error is just after its last character.
    const line = lines.length;
    const column = lines[line - 1].length + 1;
    expect(error.message).toContain(`not valid JSON at line ${line}, column ${column}`);
    expect(error.path).toBe(`${path}:${line}:${column}`);
  });

  it('names the place of a syntax error inside the file', async () => {
    const dir = tempDir();
    const path = join(dir, 'typo.sewb');
    writeFileSync(path, '{\n "schemaVersion": 1,\n "name": tru\n}\n');
    const error = await refusal(path);
    // Line 3 is ' "name": tru': the value breaks off where the line ends, at column 13.
    expect(error.message).toBe(`${path}: not valid JSON at line 3, column 13 (Unexpected token '\\n')`);
  });

  it('refuses files from a newer version with a message saying so', async () => {
    const dir = tempDir();
    const path = join(dir, 'future.sewb');
    writeFileSync(path, JSON.stringify({ ...tinyScenario(), schemaVersion: 7 }));
    const error = await refusal(path);
    expect(error.code).toBe('invalid-file');
    expect(error.message).toMatch(/newer version.*schema version 7.*up to 1/);
  });

  it('refuses a JSON file that is not a scenario', async () => {
    const dir = tempDir();
    const path = join(dir, 'list.sewb');
    writeFileSync(path, '[1, 2, 3]');
    expect((await refusal(path)).message).toContain('not a scenario file');
    writeFileSync(path, '{"hello": "world"}');
    expect((await refusal(path)).message).toContain('schemaVersion');
  });

  it('reports a missing file as not-found', async () => {
    const path = join(tempDir(), 'missing.sewb');
    expect(await refusal(path)).toMatchObject({ code: 'not-found', path });
  });

  it('reads a file with a UTF-8 byte order mark', async () => {
    const path = join(tempDir(), 'bom.sewb');
    writeFileSync(path, `\ufeff${serializeScenario(tinyScenario())}`);
    expect((await readScenarioFile(path)).name).toBe('시나리오 Tiny');
  });
});

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a":1', 6],
    ['{"a":1,}', 7],
    ['{"a" 1}', 5],
    ['{"a":tru}', 8],
    ['[1,2', 4],
    ['{"a":"b', 7],
    ['x', 0],
    ['{"a":1}x', 7],
    ['{"a":"\\q"}', 7],
    ['[-]', 2],
    ['', 0],
  ])('%j fails at %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('accepts what JSON.parse accepts', () => {
    for (const text of ['{"a":[1,-2.5e3,true,false,null,"\\u00e9\\n"]}', ' [ ] ', '"x"', '0'])
      expect(jsonErrorOffset(text)).toBeNull();
  });
});
