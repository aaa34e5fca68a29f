/** What a command may touch of the outside world: passed in, so commands run in tests without a process. */
export interface CliIo {
  /** Writes to standard output (no newline added). */
  out(text: string): void;
  /** Writes to standard error (no newline added). */
  err(text: string): void;
  /** Reads all of standard input. */
  readStdin(): Promise<Uint8Array>;
  /** Aborted when the user stops a long-running command (Ctrl-C). */
  signal: AbortSignal;
  /** Environment variables (for defaults such as METERSCOPE_BASE_URL). */
  env: Record<string, string | undefined>;
}

/** A usage error: wrong flags or arguments. The CLI prints it with the command's usage and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The module behind one sub-command, loaded only when that command runs (keeps `decode` fast to start). */
export interface CommandModule {
  usage: string;
  /** Resolves to the process exit code: 0 success, 1 failure, 2 usage error. */
  run(argv: string[], io: CliIo): Promise<number>;
}

/** One `meterscope` sub-command as listed by `--help`. */
export interface Command {
  name: string;
  summary: string;
  load(): Promise<CommandModule>;
}
