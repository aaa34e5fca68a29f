import { spawn } from 'node:child_process';
import { createLineSplitter } from './line-splitter.ts';
import type { ProcessExit } from './exit-failure.ts';

/** How a child ended; `error` is set when it never started (e.g. ENOENT: binary missing). */
export interface ChildExit extends ProcessExit {
  error?: NodeJS.ErrnoException;
}

/** A running tool (cloudflared, ssh) as the providers need it: lines out, one exit, a sure way to end it. */
export interface ChildHandle {
  readonly pid: number | undefined;
  /** Receives every complete output line; attach right after spawning (output arrives asynchronously). */
  onLine(listener: (stream: 'stdout' | 'stderr', line: string) => void): void;
  /** Settles once, when the process has exited (or failed to start). Never rejects. */
  readonly exited: Promise<ChildExit>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
  stop(graceMs?: number): Promise<ChildExit>;
}

/** The port the providers spawn through; tests may pass their own. */
export type SpawnPort = (command: string, args: string[], env?: NodeJS.ProcessEnv) => ChildHandle;

const live = new Set<ReturnType<typeof spawn>>();
let exitHookInstalled = false;

/** Children must not outlive Meterscope: a leftover cloudflared would keep a public URL open. */
function killLiveChildrenOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of live) child.kill('SIGKILL');
  });
}

/** The real SpawnPort: node:child_process, stdin closed, output split into lines. */
export const spawnChild: SpawnPort = (command, args, env) => {
  killLiveChildrenOnExit();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: env ?? process.env });
  live.add(child);
  const listeners: ((stream: 'stdout' | 'stderr', line: string) => void)[] = [];
  for (const stream of ['stdout', 'stderr'] as const) {
    const splitter = createLineSplitter();
    const emit = (lines: string[]) => {
      for (const line of lines) for (const l of listeners) l(stream, line);
    };
    child[stream].setEncoding('utf8');
    child[stream].on('data', (chunk: string) => emit(splitter.push(chunk)));
    child[stream].on('end', () => emit(splitter.flush()));
  }
  const exited = new Promise<ChildExit>((resolve) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      if (child.pid === undefined) resolve({ code: null, signal: null, error });
    });
    child.once('close', (code, signal) => resolve({ code, signal }));
  }).finally(() => live.delete(child));
  return {
    pid: child.pid,
    onLine: (l) => void listeners.push(l),
    exited,
    async stop(graceMs = 3000) {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        timer.unref();
        void exited.finally(() => clearTimeout(timer));
      }
      return exited;
    },
  };
};
