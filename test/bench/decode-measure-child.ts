// Child process of the decode benchmark: times one decoder on the capture file in a fresh process (so no
// decoder inherits another's heap), after warm-up runs, and prints the median seconds as JSON. Time is
// CPU time (user + system, GC threads included): on a shared machine wall time mostly measures the others.
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
const runs = Number(runsText);
let sink = 0;
// Warm-up lets the JIT and the GC settle (allocation-site pretenuring decides after a few large runs).
for (let i = 0; i < 5; i++) sink += decode();
const samples: number[] = [];
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
for (let i = 0; i < runs; i++) {
  const t0 = cpu();
  sink += decode();
  samples.push(cpu() - t0);
}
const inOrder = [...samples];
samples.sort((a, b) => a - b);
process.stdout.write(
  `${JSON.stringify({ mode, seconds: samples[Math.floor(runs / 2)], sink, samples: process.env.BENCH_SAMPLES ? inOrder : undefined })}\n`,
);
