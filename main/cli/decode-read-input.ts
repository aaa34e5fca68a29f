import { readFile } from 'node:fs/promises';
import type { CliIo } from './io.ts';
import { UsageError } from './io.ts';

/**
 * Reads the `<payload | @file | ->` argument of decode and encode: the text itself, a file's bytes, or all
 * of standard input. Files and stdin stay bytes, so the payload parser can tell binary from pasted text.
 */
export async function readInputArgument(arg: string | undefined, io: CliIo): Promise<string | Uint8Array> {
  if (arg === undefined)
    throw new UsageError('give the input as an argument, @file, or - for standard input');
  if (arg === '-') return io.readStdin();
  if (arg.startsWith('@')) {
    const path = arg.slice(1);
    try {
      return new Uint8Array(await readFile(path));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why =
        code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message;
      throw new Error(`cannot read ${path}: ${why}`, { cause: e });
    }
  }
  return arg;
}
