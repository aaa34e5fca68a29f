import { ApiError } from '../services/api/api-error.ts';
import { openConnection, type Connection } from './connection.ts';
import type { ParsedArgs } from './args.ts';
import type { CliIo } from './io.ts';

/**
 * Runs a command body against an open connection and turns API failures into exit 1 with the error code and
 * the technician's message (also as `{"error":{code,message}}` on stdout with --json, for scripts). Usage
 * errors pass through (exit 2); the connection is always closed.
 */
export async function withConnection(
  command: string,
  values: ParsedArgs['values'],
  io: CliIo,
  body: (c: Connection) => Promise<number>,
): Promise<number> {
  const connection = await openConnection(values, io);
  try {
    return await body(connection);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    reportApiError(command, e, io, values.json === true);
    return 1;
  } finally {
    await connection.close();
  }
}

/** Prints an ApiError as `meterscope <command>: [code] message` (and as JSON on stdout with --json). */
export function reportApiError(command: string, e: ApiError, io: CliIo, json: boolean): void {
  if (json) io.out(`${JSON.stringify({ error: e.toJSON() })}\n`);
  io.err(`meterscope ${command}: [${e.code}] ${e.message}\n`);
}
