import { runCli } from '../../../main/cli/main.ts';
import { LineReader } from './line-reader.ts';

/** A `meterscope listen` running in-process, its output readable line by line while it runs. */
export interface RunningListen {
  stdout: LineReader;
  stderr: () => string;
  url: string;
  /** Presses Ctrl-C and resolves with the exit code. */
  stop(): Promise<number>;
}

/**
 * Starts `meterscope listen --json ...args` in-process and waits for its "listening" line; with
 * `human: true` without --json, waiting for its "Listening on" line.
 */
export async function listenInProcess(
  args: string[],
  env: Record<string, string> = {},
  { human = false } = {},
): Promise<RunningListen> {
  const controller = new AbortController();
  const stdout = new LineReader();
  let stderr = '';
  const exit = runCli(['listen', ...(human ? [] : ['--json']), ...args], {
    out: (t) => stdout.push(t),
    err: (t) => void (stderr += t),
    readStdin: async () => new Uint8Array(),
    signal: controller.signal,
    env,
  });
  const listening = await Promise.race([
    human
      ? stdout.waitFor((l) => l.startsWith('Listening on ')).then((l) => ({ url: l.slice(13) }))
      : stdout.json<{ url: string }>('listening'),
    exit.then((code) => {
      throw new Error(`listen exited ${code} before listening: ${stderr}`);
    }),
  ]);
  return {
    stdout,
    stderr: () => stderr,
    url: listening.url,
    stop: () => {
      controller.abort();
      return exit;
    },
  };
}
