import { readFile } from 'node:fs/promises';
import { toErrorBody, WorkbenchError, type ErrorBody } from '../../shared/api/errors';
import { isZip } from '../services/zip-magic';
import { commands } from './commands';
import { assertFiniteOutput } from './input-error';

export interface CliIo {
  readStdin(): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes: 0 success, 2 invalid input (bad JSON, bad fields, missing file), 1 internal error. */
const INPUT_ERRORS = new Set(['invalid-request', 'invalid-file', 'not-found', 'io', 'forbidden']);

const usage = () =>
  [
    'usage: npm run --silent cli -- <command> <file.json | ->',
    '',
    'A JSON array of inputs gives an array of outputs. Output: JSON on stdout, exit 0.',
    'Invalid input: {"error":{"code","message","path"}} on stderr, exit 2.',
    '',
    'commands: ' + Object.keys(commands).join(', '),
  ].join('\n');

/** The JSON input of a command; a .sewb version 2 file (a zip) reads as its scenario. */
async function readJson(arg: string, io: CliIo): Promise<unknown> {
  let text: string;
  try {
    if (arg === '-') text = await io.readStdin();
    else {
      const bytes = await readFile(arg);
      if (isZip(bytes)) return (await import('../services/scenario-file')).parseScenarioBytes(bytes, arg);
      text = bytes.toString('utf8');
    }
  } catch (error) {
    if (error instanceof WorkbenchError) throw error;
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new WorkbenchError(missing ? 'not-found' : 'io', `cannot read ${arg}: ${(error as Error).message}`, arg);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new WorkbenchError(
      'invalid-file',
      `${arg === '-' ? 'stdin' : arg} is not valid JSON: ${(error as Error).message}`,
      arg === '-' ? null : arg,
    );
  }
}

/** Prefixes an error's field path with the index of the input it came from (array inputs). */
function atIndex(body: ErrorBody, index: number): ErrorBody {
  return { ...body, message: `[${index}] ${body.message}`, path: body.path ? `${index}.${body.path}` : String(index) };
}

/**
 * Runs one CLI invocation; returns the exit code. Nothing is written to stdout unless every input succeeds, and
 * no result holding NaN or ±Infinity is printed (exit 2 naming the field).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, given, ...rest] = argv;
  const fail = (body: ErrorBody, code: number) => {
    io.stderr(JSON.stringify({ error: body }) + '\n');
    return code;
  };
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stderr(usage() + '\n');
    return name ? 0 : 2;
  }
  const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!entry) return fail({ code: 'invalid-request', message: `unknown command "${name}"\n${usage()}`, path: null }, 2);
  const arg = given ?? (await entry.defaultArgument?.());
  if (entry.argument !== 'paths' && (!arg || (rest.length > 0 && !entry.options)))
    return fail(
      { code: 'invalid-request', message: `${name} takes exactly one argument (a file or -)`, path: null },
      2,
    );
  try {
    const loaded = await entry.load();
    const command = {
      run: async (input: unknown) => {
        const result = await loaded.run(input, rest);
        assertFiniteOutput(result);
        return result;
      },
    };
    if (entry.argument === 'path' || entry.argument === 'paths') {
      const input = entry.argument === 'path' ? arg : argv.slice(1);
      io.stdout(JSON.stringify(await command.run(input), null, 2) + '\n');
      return 0;
    }
    const input = await readJson(arg, io);
    let output: unknown;
    if (Array.isArray(input)) {
      const outputs: unknown[] = [];
      for (const [index, item] of input.entries()) {
        try {
          outputs.push(await command.run(item));
        } catch (error) {
          throw error instanceof WorkbenchError ? Object.assign(error, { index }) : error;
        }
      }
      output = outputs;
    } else output = await command.run(input);
    io.stdout(JSON.stringify(output, null, 2) + '\n');
    return 0;
  } catch (error) {
    const body = toErrorBody(error);
    const index = (error as { index?: number }).index;
    if (INPUT_ERRORS.has(body.code)) return fail(index === undefined ? body : atIndex(body, index), 2);
    return fail(body, 1);
  }
}
