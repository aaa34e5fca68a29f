import { runCli } from '../../main/cli/main.ts';

/** Result of one in-process CLI run: what a user would see in the terminal, and the exit code. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `meterscope <argv>` in-process with captured output, an optional stdin and environment. */
export async function cli(
  argv: string[],
  stdin: Uint8Array | string = '',
  signal?: AbortSignal,
  env: Record<string, string | undefined> = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const input = typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin;
  const code = await runCli(argv, {
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
    readStdin: async () => input,
    signal: signal ?? new AbortController().signal,
    env,
  });
  return { code, stdout, stderr };
}
