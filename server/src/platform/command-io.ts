import type { Database } from './db/database.ts';

/**
 * What a `shekara` command reads and writes, passed in rather than taken from `process`: the
 * operator's terminal in `bin/shekara.mjs`, captured strings in the tests, which run the commands
 * in their own process (one real start of the command line per group of commands is enough to
 * show the wrapper works; the rest would pay seconds each for loading the modules again).
 */
export interface CommandIo {
  /** The environment the configuration is read from (DATA_DIR, DATABASE_URL, …). */
  readonly env: Readonly<Record<string, string | undefined>>;
  out(text: string): void;
  err(text: string): void;
  /** The operator's terminal (stderr), where progress bars draw; absent when output is piped. */
  readonly terminal?: NodeJS.WriteStream | undefined;
  /**
   * A database to work on instead of the one the configuration names, left open when the command
   * ends: a test suite's, which its commands share (opening the embedded one costs a second or more).
   */
  readonly database?: Database | undefined;
  /** How the command ends, as `process.exitCode`: 0 done, 1 checked and no, 2 bad usage. */
  exitCode: number;
}

/** Where a command's work writes, for the parts of a command that only write. */
export type CommandOutput = Pick<CommandIo, 'out' | 'err'>;

/** The exit codes scripts branch on. */
export const exitCodes = { ok: 0, failed: 1, usage: 2 } as const;

/** Ends the command with `shekara: message` on stderr and the exit code (usage by default). */
export function refuse(io: CommandIo, message: string, code: number = exitCodes.usage): void {
  io.err(`shekara: ${message}\n`);
  io.exitCode = code;
}
