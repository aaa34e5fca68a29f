import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Absolute path of the `meterscope` bin, as npm links it. */
export const BIN = fileURLToPath(new URL('../../main/cli/bin.mjs', import.meta.url));

/** Runs the real `meterscope` process (as a user would) and collects its output and exit code. */
export function spawnCli(
  argv: string[],
  stdin?: string | Uint8Array,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}
