// `npm run bench:decode`: our DeviceDataArray decoder against protobufjs reflection and `protoc --decode_raw`
// on the same ~8 MB capture, then a 200 MB length-delimited stream decoded in a memory-capped child process.
// The last line printed is one JSON object with the figures.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeDeviceDataArray } from '../../shared/realtime/index.ts';
import { buildCapture, captureItems } from './decode-capture.ts';

const RUNS = 9;
const ROUNDS = 3;
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** What one measuring child reports (seconds of CPU time; see decode-measure-child.ts). */
interface Measured {
  /** Median of the samples that each start on a collected heap. */
  seconds: number;
  meanSeconds: number;
  /** Median and mean of the samples decoded back to back (each dropping the last result). */
  backToBackSeconds: number;
  backToBackMeanSeconds: number;
}

/**
 * The figures of one decoder, measured in a fresh child process after warm-up runs: each decoder gets
 * the same clean heap, so none pays for garbage another one left behind.
 */
function measure(mode: string, capturePath: string, runs: number): Measured {
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', here('./decode-measure-child.ts'), mode, capturePath, String(runs)],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`${mode} measurement failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) as string) as Measured;
}

/** Per figure, the median over the rounds. */
function medianOf(rounds: Measured[]): Measured {
  const pick = (key: keyof Measured) => median(rounds.map((r) => r[key]));
  return {
    seconds: pick('seconds'),
    meanSeconds: pick('meanSeconds'),
    backToBackSeconds: pick('backToBackSeconds'),
    backToBackMeanSeconds: pick('backToBackMeanSeconds'),
  };
}

/** CPU seconds protoc spends on `--decode_raw` of the file (the shell's `times` reports its children). */
function protocRawSeconds(capturePath: string): number {
  const r = spawnSync('sh', ['-c', `protoc --decode_raw < '${capturePath}' > /dev/null && times`], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`protoc --decode_raw failed: ${r.stderr}`);
  const children = r.stdout.trim().split('\n').at(-1) as string;
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return seconds.reduce((a, b) => a + b, 0);
}

const loadStart = loadavg().map((l) => Number(l.toFixed(2)));
const dir = mkdtempSync(join(tmpdir(), 'meterscope-bench-decode-'));
try {
  const capture = buildCapture(20_000);
  const mb = capture.length / 1e6;
  console.log(
    `capture: 20,000 DeviceData x 20 values = ${mb.toFixed(2)} MB; MB/s of CPU time, median of ${ROUNDS} rounds x ${RUNS} runs, each on a collected heap`,
  );

  const capturePath = join(dir, 'capture.bin');
  writeFileSync(capturePath, capture);
  // Alternate the two decoders over a few rounds so both see the same (shared, busy) machine.
  const oursRounds: Measured[] = [];
  const pbjsRounds: Measured[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    oursRounds.push(measure('ours', capturePath, RUNS));
    pbjsRounds.push(measure('protobufjs', capturePath, RUNS));
  }
  const oursAll = medianOf(oursRounds);
  const pbjsAll = medianOf(pbjsRounds);
  const ours = oursAll.seconds;
  const pbjs = pbjsAll.seconds;
  const oursSpans = measure('ours-spans', capturePath, 5).seconds;
  let protocRaw: number | null = null;
  if (spawnSync('protoc', ['--version']).status === 0) {
    protocRawSeconds(capturePath);
    protocRaw = median(Array.from({ length: 5 }, () => protocRawSeconds(capturePath)));
  } else {
    console.log(
      'protoc not installed: skipping the protoc --decode_raw baseline (apt-get install protobuf-compiler)',
    );
  }

  const rate = (seconds: number) => mb / seconds;
  console.log(`ours (domain objects):         ${rate(ours).toFixed(1)} MB/s`);
  console.log(`ours with every field's span:  ${rate(oursSpans).toFixed(1)} MB/s`);
  console.log(
    `protobufjs reflection decode:  ${rate(pbjs).toFixed(1)} MB/s  (ours is ${(pbjs / ours).toFixed(1)}x)`,
  );
  if (protocRaw)
    console.log(
      `protoc --decode_raw:           ${rate(protocRaw).toFixed(1)} MB/s  (ours is ${(protocRaw / ours).toFixed(1)}x)`,
    );
  const b2b = (m: Measured) =>
    `median ${rate(m.backToBackSeconds).toFixed(1)}, mean ${rate(m.backToBackMeanSeconds).toFixed(1)}`;
  console.log(
    `back to back (no GC between samples): ours ${b2b(oursAll)} MB/s, protobufjs ${b2b(pbjsAll)} MB/s ` +
      `(ours is ${(pbjsAll.backToBackSeconds / oursAll.backToBackSeconds).toFixed(1)}x in the median, ` +
      `${(pbjsAll.backToBackMeanSeconds / oursAll.backToBackMeanSeconds).toFixed(1)}x in the mean)`,
  );

  // 200 MB stream: webhook-sized messages (one DeviceData of 20 values each), length-delimited.
  const messages = captureItems(1000, 2).map((item) => encodeDeviceDataArray([item]));
  const streamPath = join(dir, 'stream.bin');
  const fd = openSync(streamPath, 'w');
  let written = 0;
  const block: Uint8Array[] = [];
  for (const m of messages) block.push(Uint8Array.of((m.length & 0x7f) | 0x80, m.length >> 7), m);
  const blockBytes = Buffer.concat(block);
  while (written < 200e6) written += writeSync(fd, blockBytes);
  closeSync(fd);
  const child = here('./decode-stream-child.ts');
  const r = spawnSync(process.execPath, ['--max-old-space-size=128', '--import', 'tsx', child, streamPath], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`stream child failed: ${r.stderr}`);
  const stream = JSON.parse(r.stdout.trim().split('\n').at(-1) as string) as {
    mb: number;
    mb_s: number;
    peak_rss_mb: number;
    messages: number;
    errors: number;
  };
  console.log(
    `stream: ${stream.mb.toFixed(0)} MB, ${stream.messages} messages, ${stream.errors} errors, ${stream.mb_s.toFixed(1)} MB/s, peak RSS ${stream.peak_rss_mb.toFixed(0)} MB (limit 300 MB)`,
  );

  const cpu = cpus()[0]?.model ?? 'unknown';
  const loadEnd = loadavg().map((l) => Number(l.toFixed(2)));
  console.log(
    `machine: ${cpus().length} cores, ${cpu}, node ${process.version}; load average ${loadStart.join(' ')} at the start, ${loadEnd.join(' ')} at the end`,
  );
  console.log(
    JSON.stringify({
      capture_mb: Number(mb.toFixed(2)),
      ours_mb_s: Number(rate(ours).toFixed(1)),
      ours_with_spans_mb_s: Number(rate(oursSpans).toFixed(1)),
      protobufjs_mb_s: Number(rate(pbjs).toFixed(1)),
      protoc_raw_mb_s: protocRaw ? Number(rate(protocRaw).toFixed(1)) : null,
      ratio_vs_protobufjs: Number((pbjs / ours).toFixed(2)),
      ratio_vs_protoc_raw: protocRaw ? Number((protocRaw / ours).toFixed(2)) : null,
      ours_mean_mb_s: Number(rate(oursAll.meanSeconds).toFixed(1)),
      protobufjs_mean_mb_s: Number(rate(pbjsAll.meanSeconds).toFixed(1)),
      ratio_vs_protobufjs_back_to_back: Number(
        (pbjsAll.backToBackSeconds / oursAll.backToBackSeconds).toFixed(2),
      ),
      ratio_vs_protobufjs_back_to_back_mean: Number(
        (pbjsAll.backToBackMeanSeconds / oursAll.backToBackMeanSeconds).toFixed(2),
      ),
      stream_mb: Number(stream.mb.toFixed(1)),
      stream_mb_s: Number(stream.mb_s.toFixed(1)),
      stream_peak_rss_mb: Number(stream.peak_rss_mb.toFixed(1)),
      load_avg_start: loadStart,
      load_avg_end: loadEnd,
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
