// npm run bench:ingest — POSTs realistic Realtime-API payloads (1 device × 20 values, and 100 devices × 20
// values) with autocannon on loopback to (a) our listener with durable capture + decode and (b) a bare node:http
// server that reads the body and answers 200, each in its own process, in the same run. Prints requests/s,
// p50/p99 latency, the ratio a/b, and checks that every 200 answer is a record in the capture.
// Last line: one JSON object.
import autocannon from 'autocannon';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarizeCapture } from '../../main/services/captures/index.ts';
import { startTarget, type TargetMode } from './ingest-process.ts';
import { realisticPayload } from './ingest-payloads.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const CONNECTIONS = Number(arg('connections') ?? 64);
const ROUNDS = 3; // bare and ours alternate; the best round of each counts (the machine is shared)
const quick = process.argv.includes('--quick');
/** Also run the listener without its capture, without its decoder, and without both (100 devices). */
const withBreakdown = process.argv.includes('--breakdown');

interface Figures {
  rps: number;
  /** CPU time of the target process per request (µs): steadier than req/s on a busy machine. */
  cpuPerRequest: number;
  /** Time the target's event loop (its main thread) was busy per request (µs): what bounds its req/s. */
  loopPerRequest: number;
  p50: number;
  p99: number;
  answered200: number;
  captured?: number;
}

async function load(url: string, body: Uint8Array, amount: number) {
  return autocannon({
    url,
    method: 'POST',
    body: Buffer.from(body),
    headers: { 'content-type': 'application/octet-stream' },
    connections: CONNECTIONS,
    amount,
    sampleInt: 50, // autocannon notices `amount` reached only per sample: keep that slack small
  });
}

/** One measured run against a fresh target; for `ours` also counts the records in its capture. */
async function run(mode: TargetMode, body: Uint8Array, amount: number, dir: string): Promise<Figures> {
  const capture = join(dir, `${mode}-${Date.now()}.mscap`);
  const target = await startTarget(mode, mode === 'bare' ? undefined : capture);
  const warm = await load(target.url, body, Math.max(CONNECTIONS * 4, Math.ceil(amount / 10)));
  const before = await target.usage();
  const r = await load(target.url, body, amount);
  const after = await target.usage();
  await target.stop();
  const figures: Figures = {
    rps: r.requests.total / r.duration,
    cpuPerRequest: (after.cpuUs - before.cpuUs) / r.requests.total,
    loopPerRequest: (after.loopUs - before.loopUs) / r.requests.total,
    p50: r.latency.p50,
    p99: r.latency.p99,
    answered200: warm['2xx'] + r['2xx'],
  };
  if (r.errors || r.non2xx) console.log(`  ${mode}: ${r.errors} errors, ${r.non2xx} non-2xx answers`);
  if (mode === 'ours') figures.captured = (await summarizeCapture(capture, { verifyAll: true })).records;
  await rm(capture, { force: true });
  return figures;
}

async function compare(devices: number, amount: number, dir: string) {
  const body = realisticPayload(devices);
  const best = { ours: undefined as Figures | undefined, bare: undefined as Figures | undefined };
  const minCpu = { ours: Infinity, bare: Infinity };
  const minLoop = { ours: Infinity, bare: Infinity };
  const allRps = { ours: [] as number[], bare: [] as number[] };
  let answered200 = 0;
  let captured = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of ['bare', 'ours'] as const) {
      const f = await run(mode, body, amount, dir);
      console.log(
        `  ${devices} device(s), ${body.length} B, round ${round + 1}, ${mode.padEnd(4)}: ` +
          `${Math.round(f.rps)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms, CPU ${Math.round(f.cpuPerRequest)} µs/req, main thread ${Math.round(f.loopPerRequest)} µs/req` +
          (f.captured !== undefined ? `, 200 answers ${f.answered200}, captured ${f.captured}` : ''),
      );
      if (mode === 'ours') {
        answered200 += f.answered200;
        captured += f.captured ?? 0;
      }
      if (!best[mode] || f.rps > (best[mode]?.rps ?? 0)) best[mode] = f;
      allRps[mode].push(f.rps);
      minCpu[mode] = Math.min(minCpu[mode], f.cpuPerRequest);
      minLoop[mode] = Math.min(minLoop[mode], f.loopPerRequest);
    }
  }
  const ours = best.ours as Figures;
  const bare = best.bare as Figures;
  ours.cpuPerRequest = minCpu.ours;
  bare.cpuPerRequest = minCpu.bare;
  ours.loopPerRequest = minLoop.ours;
  bare.loopPerRequest = minLoop.bare;
  const cpuRatio = bare.cpuPerRequest / ours.cpuPerRequest;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const medianRatio = median(allRps.ours) / median(allRps.bare);
  return {
    ours,
    bare,
    ratio: ours.rps / bare.rps,
    medianRatio,
    cpuRatio,
    answered200,
    captured,
    bytes: body.length,
  };
}

/**
 * What each part of the listener costs: the same load against the listener with the capture store and/or
 * the decoder replaced by stand-ins that do nothing, in alternating rounds; medians per request.
 */
async function breakdown(devices: number, amount: number, dir: string) {
  const body = realisticPayload(devices);
  const modes: TargetMode[] = [
    'bare',
    'listener-only',
    'ours-without-decode',
    'ours-without-capture',
    'ours',
  ];
  const cpu = new Map<TargetMode, number[]>(modes.map((m) => [m, []]));
  const loop = new Map<TargetMode, number[]>(modes.map((m) => [m, []]));
  const rps = new Map<TargetMode, number[]>(modes.map((m) => [m, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of modes) {
      const f = await run(mode, body, amount, dir);
      cpu.get(mode)?.push(f.cpuPerRequest);
      loop.get(mode)?.push(f.loopPerRequest);
      rps.get(mode)?.push(f.rps);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const out: Record<string, { cpu_us_per_req: number; loop_us_per_req: number; rps: number }> = {};
  for (const mode of modes) {
    const c = median(cpu.get(mode) ?? []);
    const l = median(loop.get(mode) ?? []);
    const r = median(rps.get(mode) ?? []);
    out[mode] = { cpu_us_per_req: Math.round(c), loop_us_per_req: Math.round(l), rps: Math.round(r) };
    console.log(
      `breakdown, ${devices} devices, ${mode.padEnd(20)}: median ${Math.round(r)} req/s, ` +
        `CPU ${Math.round(c)} µs/req, main thread ${Math.round(l)} µs/req`,
    );
  }
  return out;
}

const loadNow = () => loadavg().map((l) => Number(l.toFixed(2)));
const dir = await mkdtemp(join(tmpdir(), 'meterscope-bench-ingest-'));
try {
  const loadBefore = loadNow();
  console.log(
    `bench:ingest on ${cpus().length} × ${cpus()[0]?.model ?? '?'}, node ${process.version}, load average ${loadBefore.join(' ')}`,
  );
  // Runs of a few seconds each: shorter ones flatter us, because they end while the bare server is still
  // warming up (see README).
  const one = await compare(1, quick ? 5_000 : 100_000, dir);
  const hundred = await compare(100, quick ? 500 : 20_000, dir);
  const parts = withBreakdown ? await breakdown(100, quick ? 500 : 20_000, dir) : undefined;
  for (const [name, c] of [
    ['1 device × 20 values', one],
    ['100 devices × 20 values', hundred],
  ] as const) {
    console.log(
      `${name} (${c.bytes} B): ours ${Math.round(c.ours.rps)} req/s (p99 ${c.ours.p99} ms), ` +
        `bare ${Math.round(c.bare.rps)} req/s (p99 ${c.bare.p99} ms), ratio ${c.ratio.toFixed(2)} ` +
        `(of the round medians ${c.medianRatio.toFixed(2)}); ` +
        `CPU per request ours ${Math.round(c.ours.cpuPerRequest)} µs, bare ${Math.round(c.bare.cpuPerRequest)} µs ` +
        `(ratio ${c.cpuRatio.toFixed(2)}); ` +
        `main thread per request ours ${Math.round(c.ours.loopPerRequest)} µs, bare ${Math.round(c.bare.loopPerRequest)} µs; ` +
        `200 answers ${c.answered200}, captured ${c.captured}, lost ${c.answered200 - c.captured}`,
    );
  }
  const loadAfter = loadNow();
  console.log(`load average at the end: ${loadAfter.join(' ')} (1, 5, 15 min; ${cpus().length} cores)`);
  const round2 = (n: number) => Math.round(n * 100) / 100;
  console.log(
    JSON.stringify({
      ours_rps: Math.round(one.ours.rps),
      bare_rps: Math.round(one.bare.rps),
      ratio: round2(one.ratio),
      ratio_of_medians: round2(one.medianRatio),
      ours_p50_ms: one.ours.p50,
      ours_cpu_us_per_req: Math.round(one.ours.cpuPerRequest),
      bare_cpu_us_per_req: Math.round(one.bare.cpuPerRequest),
      cpu_ratio: round2(one.cpuRatio),
      ours_loop_us_per_req: Math.round(one.ours.loopPerRequest),
      bare_loop_us_per_req: Math.round(one.bare.loopPerRequest),
      ours_p99_ms: one.ours.p99,
      bare_p99_ms: one.bare.p99,
      answered_200: one.answered200,
      captured: one.captured,
      lost: one.answered200 - one.captured,
      ours_rps_100dev: Math.round(hundred.ours.rps),
      bare_rps_100dev: Math.round(hundred.bare.rps),
      ratio_100dev: round2(hundred.ratio),
      ratio_of_medians_100dev: round2(hundred.medianRatio),
      cpu_ratio_100dev: round2(hundred.cpuRatio),
      ours_cpu_us_per_req_100dev: Math.round(hundred.ours.cpuPerRequest),
      bare_cpu_us_per_req_100dev: Math.round(hundred.bare.cpuPerRequest),
      ours_loop_us_per_req_100dev: Math.round(hundred.ours.loopPerRequest),
      bare_loop_us_per_req_100dev: Math.round(hundred.bare.loopPerRequest),
      ours_p99_ms_100dev: hundred.ours.p99,
      answered_200_100dev: hundred.answered200,
      captured_100dev: hundred.captured,
      ...(parts && { breakdown_100dev: parts }),
      payload_bytes: one.bytes,
      payload_bytes_100dev: hundred.bytes,
      connections: CONNECTIONS,
      nproc: cpus().length,
      cpu: cpus()[0]?.model,
      node: process.version,
      load_avg_start: loadBefore,
      load_avg_end: loadAfter,
    }),
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
