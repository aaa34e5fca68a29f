// Starts and stops the benchmark target (ingest-target.ts) as a child process, shared by the ingest and
// durability benchmarks so the load generator never shares an event loop with the listener.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const TARGET = fileURLToPath(new URL('./ingest-target.ts', import.meta.url));

/** A running target: its URL, the child, and a clean stop that returns the target's own counters. */
export interface TargetProcess {
  url: string;
  child: ChildProcess;
  /** Stops with SIGTERM (clean close) and resolves with the stats the target printed. */
  stop(): Promise<{ answered?: Record<string, number> }>;
  /** kill -9: no chance to flush or close anything. */
  kill(): Promise<void>;
  /** CPU time (user + system, µs; all threads) and main-thread busy time (µs) the target has used so far. */
  usage(): Promise<TargetUsage>;
}

/** A target's own counters: CPU time of all its threads, and the time its event loop was busy (µs). */
export interface TargetUsage {
  cpuUs: number;
  loopUs: number;
}

/** What a target runs: see ingest-target.ts. */
export type TargetMode = 'ours' | 'bare' | 'ours-without-capture' | 'ours-without-decode' | 'listener-only';

/** Starts `ours` (listener + capture + decode), `bare` (node:http read body + 200) or a breakdown mode. */
export async function startTarget(mode: TargetMode, capture?: string): Promise<TargetProcess> {
  const args = ['--no-warnings', '--import', 'tsx', TARGET, mode, ...(capture ? [capture] : [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const pending: ((line: string) => void)[] = [];
  lines.on('line', (line) => pending.shift()?.(line));
  const next = () => new Promise<string>((resolve) => pending.push(resolve));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const first = await Promise.race([
    next(),
    exited.then(() => Promise.reject(new Error('target exited early'))),
  ]);
  return {
    url: (JSON.parse(first) as { url: string }).url,
    child,
    async stop() {
      const statsLine = next();
      child.kill('SIGTERM');
      const stats = (JSON.parse(await statsLine) as { stats: { answered?: Record<string, number> } }).stats;
      await exited;
      return stats;
    },
    async usage() {
      const line = next();
      child.kill('SIGUSR2');
      return JSON.parse(await line) as TargetUsage;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
