import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Agent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCapture, summarizeCapture } from '../../../main/services/captures/index.ts';
import { BIN } from '../../helpers/spawn-cli.ts';
import { tempDir } from '../../unit/captures/fixtures.ts';
import { EXAMPLE, send } from '../webhook/harness.ts';
import { LineReader } from './line-reader.ts';

let dir: string;
let cleanup: () => Promise<void>;
let child: ChildProcess | undefined;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
  child = undefined;
  await cleanup();
});

/** Starts the real `meterscope listen --json` process and waits for its URL. */
async function startProcess(args: string[]) {
  const proc = spawn(process.execPath, [BIN, 'listen', '--json', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  const stdout = new LineReader();
  let stderr = '';
  proc.stdout.setEncoding('utf8').on('data', (d: string) => stdout.push(d));
  proc.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exit = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const listening = await Promise.race([
    stdout.json<{ url: string }>('listening'),
    exit.then((code) => {
      throw new Error(`listen exited ${code}: ${stderr}`);
    }),
  ]);
  return { proc, stdout, exit, url: listening.url, stderr: () => stderr };
}

describe('the meterscope listen process', () => {
  it('stops cleanly on Ctrl-C (SIGINT) with everything answered 200 in the capture', async () => {
    const capture = join(dir, 'c.mscap');
    const run = await startProcess(['--capture', capture]);
    for (let i = 0; i < 5; i++) expect((await send(run.url, { body: EXAMPLE })).status).toBe(200);
    await run.stdout.json('frame', (f: { seq?: number }) => f.seq === 5);
    run.proc.kill('SIGINT');
    expect(await run.exit).toBe(0);
    expect(await run.stdout.json('stopped')).toMatchObject({ frames: 5 });
    const summary = await summarizeCapture(capture, { verifyAll: true });
    expect(summary).toMatchObject({ records: 5, issues: [] });
  });

  it('survives 10,000 posts at once: only 200 or 503, process alive, every 200 in the capture', async () => {
    const capture = join(dir, 'flood.mscap');
    const run = await startProcess(['--capture', capture]);
    const total = 10_000;
    const agent = new Agent({ connections: 1000, connectTimeout: 60_000 });
    const answers = await Promise.all(
      Array.from({ length: total }, (_, i) =>
        send(run.url, { body: `flood-${i}`, agent }).then(
          (a) => ({ i, status: a.status }),
          (e: Error) => ({ i, status: -1, error: `${e.message} ${(e.cause as Error | undefined)?.message}` }),
        ),
      ),
    );
    await agent.close();
    const byStatus = new Map<number, number>();
    for (const a of answers) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
    expect(
      [...byStatus.keys()].filter((s) => s !== 200 && s !== 503),
      JSON.stringify(answers.find((a) => a.status !== 200 && a.status !== 503)),
    ).toEqual([]);
    expect(run.proc.exitCode).toBeNull();
    expect((await send(run.url, { body: EXAMPLE })).status).toBe(200);
    run.proc.kill('SIGINT');
    expect(await run.exit).toBe(0);
    const captured = new Set<string>();
    for await (const e of readCapture(capture))
      if (e.type === 'request') captured.add(Buffer.from(e.record.body).toString());
    const ok = answers.filter((a) => a.status === 200).map((a) => `flood-${a.i}`);
    expect(ok.filter((b) => !captured.has(b))).toEqual([]);
    expect(captured.size).toBe(ok.length + 1);
  });
});
