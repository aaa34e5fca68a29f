import { runCli } from '../../../../main/cli/main.ts';

/** What one in-process `meterscope login …` run showed, and its exit code. */
export interface LoginRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `meterscope <argv>` in-process with its own environment (METERSCOPE_HOME) and a hook that sees each
 * stderr write as it happens, so a test can act as the person reading a prompt (open the URL, type the code).
 */
export async function runMeterscope(
  argv: string[],
  options: { env: Record<string, string | undefined>; stdin?: string; onPrompt?: (text: string) => void },
): Promise<LoginRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    out: (t) => void (stdout += t),
    err: (t) => {
      stderr += t;
      options.onPrompt?.(t);
    },
    readStdin: async () => new TextEncoder().encode(options.stdin ?? ''),
    signal: new AbortController().signal,
    env: options.env,
  });
  return { code, stdout, stderr };
}
