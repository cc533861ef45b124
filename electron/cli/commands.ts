import type { CliCommand } from './command';

/**
 * The CLI's commands, loaded on demand. `argument` says what `run` receives: "json" the parsed JSON of
 * the file (or stdin, "-"), "path" the file path itself (for commands that open a scenario file), "paths" every
 * argument's path (a string array; the command checks how many).
 */
interface CommandEntry {
  argument: 'json' | 'path' | 'paths';
  /** The argument used when none is given (a command that has a sensible default file); else one is required. */
  defaultArgument?: () => Promise<string>;
  /** The command takes options after its argument (`--name value`), passed to `run` as they were typed. */
  options?: boolean;
  load(): Promise<CliCommand>;
}

export const commands: Record<string, CommandEntry> = {
  rank: { argument: 'json', load: async () => (await import('./rank')).rank },
  weights: { argument: 'json', load: async () => (await import('./weights')).weights },
  'aggregate-ranks': { argument: 'json', load: async () => (await import('./aggregate-ranks')).aggregateRanks },
  'compare-ranks': { argument: 'json', load: async () => (await import('./compare-ranks')).compareRanks },
  smaa: { argument: 'json', load: async () => (await import('./smaa')).smaa },
  score: { argument: 'path', load: async () => (await import('./score')).score },
  programme: { argument: 'json', load: async () => (await import('./programme')).programme },
  claims: {
    argument: 'path',
    defaultArgument: async () => (await import('./claims')).DEFAULT_CLAIMS_SCENARIO,
    load: async () => (await import('./claims')).claims,
  },
  'what-it-takes': {
    argument: 'path',
    options: true,
    load: async () => (await import('./what-it-takes')).whatItTakesCommand,
  },
  'export-v1': { argument: 'path', load: async () => (await import('./export-v1')).exportV1 },
  compare: { argument: 'paths', load: async () => (await import('./compare')).compare },
};
