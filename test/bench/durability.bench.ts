// npm run bench:durability — sends unique realistic payloads to the listener (its own process, durable
// capture) from 32 concurrent clients, kill -9s the listener three times during the load, restarts it on the
// same capture file each time, and finally checks that every request that was answered 200 is in the capture,
// and that the capture opens (torn tails are reported and cut off). Last line: one JSON object.
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { readCapture, summarizeCapture } from '../../main/services/captures/index.ts';
import { startTarget, type TargetProcess } from './ingest-process.ts';
import { realisticPayload } from './ingest-payloads.ts';

const CLIENTS = 32;
const KILL_AFTER = [1500, 3500, 5500]; // answered-200 counts at which the listener is killed
const TOTAL = 8000;

const dir = await mkdtemp(join(tmpdir(), 'meterscope-bench-durability-'));
const capture = join(dir, 'durability.mscap');
const payloads = Array.from({ length: TOTAL }, (_, i) => Buffer.from(realisticPayload(1, i)));
const tagOf = new Map(payloads.map((p, i) => [p.toString('hex'), i]));
const answered = new Set<number>();
let failed = 0;
let next = 0;
let target: TargetProcess = await startTarget('ours', capture);
let restarting: Promise<void> | undefined;
const tornTails: number[] = [];
const kills: { afterAnswered: number; recordsOnDisk: number; tornBytes: number }[] = [];
const agent = new Agent({ connections: CLIENTS });

/** kill -9 the listener, check the file opens, start it again on the same capture file. */
async function killAndRestart(): Promise<void> {
  const afterAnswered = answered.size;
  await target.kill();
  const summary = await summarizeCapture(capture);
  kills.push({ afterAnswered, recordsOnDisk: summary.records, tornBytes: summary.tornTail?.bytes ?? 0 });
  if (summary.tornTail) tornTails.push(summary.tornTail.bytes);
  console.log(
    `  kill -9 after ${afterAnswered} answers: capture opens with ${summary.records} records` +
      (summary.tornTail
        ? `, torn tail of ${summary.tornTail.bytes} bytes (cut off on restart)`
        : ', no torn tail'),
  );
  target = await startTarget('ours', capture);
}

async function client(): Promise<void> {
  for (let i = next++; i < TOTAL; i = next++) {
    if (restarting) await restarting;
    try {
      const res = await request(target.url, { method: 'POST', body: payloads[i], dispatcher: agent });
      await res.body.dump();
      if (res.statusCode === 200) answered.add(i);
      else failed += 1;
    } catch {
      failed += 1; // the listener was killed under this request: not answered, so not promised
    }
    if (
      kills.length < KILL_AFTER.length &&
      answered.size >= (KILL_AFTER[kills.length] ?? Infinity) &&
      !restarting
    ) {
      restarting = killAndRestart().finally(() => (restarting = undefined));
    }
  }
}

try {
  console.log(`bench:durability on ${cpus().length} × ${cpus()[0]?.model ?? '?'}, node ${process.version}`);
  await Promise.all(Array.from({ length: CLIENTS }, client));
  await restarting;
  await target.stop();
  await agent.close();
  const summary = await summarizeCapture(capture, { verifyAll: true });
  const captured = new Set<number>();
  for await (const e of readCapture(capture)) {
    if (e.type !== 'request') continue;
    const tag = tagOf.get(Buffer.from(e.record.body).toString('hex'));
    if (tag !== undefined) captured.add(tag);
  }
  const lost = [...answered].filter((i) => !captured.has(i)).length;
  const unanswered = [...captured].filter((i) => !answered.has(i)).length;
  console.log(
    `${TOTAL} requests: ${answered.size} answered 200, ${failed} failed (listener down); capture holds ` +
      `${captured.size} of them (${unanswered} stored but never answered: in flight at a kill); lost: ${lost}. ` +
      `Final check of every record's checksum: ${summary.issues.length} issues.`,
  );
  console.log(
    JSON.stringify({
      answered_200: answered.size,
      captured: captured.size,
      lost,
      stored_not_answered: unanswered,
      failed_requests: failed,
      kills: kills.length,
      torn_tails: tornTails.length,
      capture_opens: true,
      final_issues: summary.issues.length,
      nproc: cpus().length,
      cpu: cpus()[0]?.model,
      node: process.version,
    }),
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
