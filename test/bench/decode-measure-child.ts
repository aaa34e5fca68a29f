// Child process of the decode benchmark: times one decoder on the capture file in a fresh process (so no
// decoder inherits another's heap), after warm-up runs, and prints the figures as JSON. Time is CPU time
// (user + system, GC threads included): on a shared machine wall time mostly measures the others.
//
// Two ways, same runs count: "clean" starts every timed decode on a collected heap (a full GC before it,
// not timed), so each sample pays for exactly the garbage collection its own allocation causes; "back to
// back" decodes again and again, dropping each result, so a sample also pays for collecting earlier
// samples' results whenever V8 decides to (which makes these samples bimodal). Run with --expose-gc.
import { readFileSync } from 'node:fs';
import {
  decodeDeviceDataArray,
  findMessageType,
  loadProtoSchema,
  REALTIME_PROTO,
} from '../../shared/realtime/index.ts';

const [mode, path, runsText] = process.argv.slice(2) as [string, string, string];
const capture = new Uint8Array(readFileSync(path));
const type = findMessageType(loadProtoSchema(REALTIME_PROTO), 'DeviceDataArray');
const decoders: Record<string, () => number> = {
  ours: () => decodeDeviceDataArray(capture, { spans: false }).items.length,
  'ours-spans': () => decodeDeviceDataArray(capture).spans.length,
  protobufjs: () =>
    (type.decode(capture) as unknown as { DeviceDataItems: unknown[] }).DeviceDataItems.length,
};
const decode = decoders[mode];
if (!decode) throw new Error(`unknown mode ${mode}`);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const runs = Number(runsText);
let sink = 0;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

// Warm-up lets the JIT and the GC settle (allocation-site pretenuring decides after a few large runs).
for (let i = 0; i < 5; i++) sink += decode();
const backToBack: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = cpu();
  sink += decode();
  backToBack.push(cpu() - t0);
}
const clean: number[] = [];
for (let i = 0; i < runs; i++) {
  gc();
  const t0 = cpu();
  sink += decode();
  clean.push(cpu() - t0);
}
process.stdout.write(
  `${JSON.stringify({
    mode,
    seconds: median(clean),
    meanSeconds: mean(clean),
    backToBackSeconds: median(backToBack),
    backToBackMeanSeconds: mean(backToBack),
    sink,
    samples: process.env.BENCH_SAMPLES ? { clean, backToBack } : undefined,
  })}\n`,
);
