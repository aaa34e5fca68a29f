import type { CliIo } from '../io.ts';

/** Placeholder until this command lands: says so plainly instead of failing obscurely. */
export const usage = 'Usage: meterscope encode (not available yet)';

/** Not available yet: exits 1 with a clear message. */
export async function run(_argv: string[], io: CliIo): Promise<number> {
  io.err('meterscope encode: this command is not available yet in this build.\n');
  return 1;
}
