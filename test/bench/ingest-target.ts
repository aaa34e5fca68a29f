// A webhook target for the ingest and durability benchmarks, run as its own process so the load generator
// does not share its event loop: `tsx test/bench/ingest-target.ts <mode> [capture-file]`, where mode is
// `ours`, `bare`, or (for the --breakdown runs) `ours-without-capture`, `ours-without-decode` or
// `listener-only`: the listener with the capture store and/or the decoder replaced by stand-ins that do
// nothing, to show what each part costs.
// Prints one JSON line {"url": ...} when ready; on SIGUSR2 prints {"cpuUs": <process CPU time so far>,
// "loopUs": <time the event loop was busy so far>};
// on SIGTERM closes cleanly and prints {"stats": ...}.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { bulkDecode, openCaptureWriter, type DecodePayload } from '../../main/services/captures/index.ts';
import type { CaptureSink } from '../../main/services/webhook/handle-request.ts';
import { columnValue, columnValueCount } from '../../shared/realtime/index.ts';
import { startListener } from '../../main/services/webhook/listener.ts';

const [mode, capturePath] = process.argv.slice(2);

/** The listener's modes: what is real and what is replaced by a stand-in that does nothing. */
type OursMode = 'ours' | 'ours-without-capture' | 'ours-without-decode' | 'listener-only';
const OURS_MODES: readonly string[] = [
  'ours',
  'ours-without-capture',
  'ours-without-decode',
  'listener-only',
];

/** Appends nothing: answers at once with the next sequence number. */
function nullCapture(): CaptureSink & { close(): Promise<void> } {
  let seq = 0;
  return { append: async () => ({ seq: seq++ }), close: async () => undefined };
}

/** Decodes nothing: every body is an empty, error-free payload. */
const nullDecode: DecodePayload = () => ({ items: [], warnings: [], unknownFields: [], spans: [] });

async function ours(path: string, mode: OursMode): Promise<{ url: string; stop: () => Promise<unknown> }> {
  const realCapture = mode === 'ours' || mode === 'ours-without-decode';
  const realDecode = mode === 'ours' || mode === 'ours-without-capture';
  const writer = realCapture ? await openCaptureWriter(path, { session: { name: 'bench' } }) : nullCapture();
  const listener = await startListener({
    random: (n) => randomBytes(n),
    capture: writer,
    decode: realDecode ? bulkDecode : nullDecode,
    limits: { maxInFlight: 4096 },
  });
  // A consumer, as `listen` and the app are: every frame is decoded and each of its values read once
  // (from the frame's columns where the listener decoded to them, as it does for smart-me's payloads).
  let values = 0;
  listener.onFrame((frame) => {
    const cols = frame.columns;
    if (cols) {
      for (let i = 0; i < cols.itemCount; i++) {
        for (let k = columnValueCount(cols, i) - 1; k >= 0; k--) {
          const value = columnValue(cols, i, k);
          values += value === value ? 1 : 0;
        }
      }
    } else
      for (const item of frame.items)
        for (const value of item.values) values += value.value === value.value ? 1 : 0;
  });
  return {
    url: listener.url,
    async stop() {
      await listener.close();
      await writer.close();
      return { ...listener.stats(), values };
    },
  };
}

/** The baseline: node:http reading the whole body, then 200. */
async function bare(): Promise<{ url: string; stop: () => Promise<unknown> }> {
  let answered = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      Buffer.concat(chunks);
      answered += 1;
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': 2 }).end('OK');
    });
  });
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port: 0, backlog: 4096 }, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      return { answered: { 200: answered } };
    },
  };
}

const target =
  mode && OURS_MODES.includes(mode) && capturePath ? await ours(capturePath, mode as OursMode) : await bare();
process.stdout.write(`${JSON.stringify({ url: target.url })}\n`);
process.on('SIGUSR2', () => {
  const { user, system } = process.cpuUsage();
  const loopUs = Math.round(performance.eventLoopUtilization().active * 1000);
  process.stdout.write(`${JSON.stringify({ cpuUs: user + system, loopUs })}\n`);
});
process.once('SIGTERM', () => {
  void target.stop().then((stats) => {
    process.stdout.write(`${JSON.stringify({ stats })}\n`);
    process.exit(0);
  });
});
