import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCENARIO_EXT = /\.sewb$/i;

const toPath = (arg: string): string | null => {
  if (!arg.startsWith('file:')) return arg;
  try {
    return fileURLToPath(arg);
  } catch {
    return null;
  }
};

/**
 * The scenario file a launch asks to open: the last argument naming a .sewb file that is not a
 * switch (Electron and Chromium add their own `--flags`; the OS passes the file as a plain path, or
 * as a file:// URI from a Linux .desktop `%U`). Relative paths are resolved against the launching
 * process's working directory. Null when there is none.
 */
export function scenarioPathFromArgv(argv: readonly string[], cwd: string): string | null {
  const paths = argv
    .filter((arg) => !arg.startsWith('-'))
    .map(toPath)
    .filter((path): path is string => path !== null && SCENARIO_EXT.test(path));
  const last = paths.at(-1);
  if (last === undefined) return null;
  return isAbsolute(last) ? last : resolve(cwd, last);
}
