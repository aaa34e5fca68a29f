import type { CliIo, Command } from './io.ts';
import { UsageError } from './io.ts';
import { commands } from './commands/index.ts';

const HELP = `meterscope: diagnose smart-me meter installations

Usage: meterscope <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Run "meterscope <command> --help" for a command's options.
`;

/** Runs one command line and resolves to its exit code: 0 success, 1 failure, 2 usage error. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.out('meterscope 0.1.0\n');
    return 0;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`meterscope: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  const mod = await command.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${mod.usage}\n`);
    return 0;
  }
  try {
    return await mod.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`meterscope ${name}: ${e.message}\n\n${mod.usage}\n`);
      return 2;
    }
    io.err(`meterscope ${name}: ${(e as Error).message ?? String(e)}\n`);
    return 1;
  }
}

/** Process entry: wires the real stdin/stdout and Ctrl-C to runCli. */
export async function main(argv: string[]): Promise<number> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  // A reader that goes away (`meterscope obis --list | head`) is not an error: stop writing and quit quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const io: CliIo = {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
    signal: controller.signal,
    env: process.env,
  };
  try {
    return await runCli(argv, io);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
