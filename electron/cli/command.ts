/**
 * A headless command: `npm run --silent cli -- <name> <argument>`. `run` receives the parsed JSON input (or,
 * for commands registered with argument "path", the path string) and resolves to the JSON-serialisable output.
 * Invalid input throws a WorkbenchError (exit 2); anything else is an internal error (exit 1).
 */
export interface CliCommand {
  name: string;
  usage: string;
  /** `options`: what followed the argument, for commands registered with options. */
  run(input: unknown, options?: readonly string[]): Promise<unknown>;
}
