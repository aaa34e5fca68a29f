// npm run bench:fleet — loads a 200-gateway × 25-meter account from the simulator (40 ms latency, its own process)
// with (a) Meterscope's fleet loader (8 in flight, retries), (b) one request after another, (c) everything at once
// like the vendor's browser sample; then again with 5% of answers 429/503. Last line: one JSON object.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createSmartMeApi } from '../../main/services/api/smartme-api.ts';
import { basicCredentials } from '../../main/services/api/static-credentials.ts';
import type { Fleet } from '../../main/services/fleet/fleet-types.ts';
import { loadFleet } from '../../main/services/fleet/load-fleet.ts';
import { ourPlanSequential, vendorPlan, type BaselineRun } from './fleet-baselines.ts';

const GATEWAYS = 200;
const METERS_PER_GATEWAY = 25;
const LATENCY_MS = 40;
const CONCURRENCY = 8;
const FAULT_RATE = 0.05;
const RUNS = 5;
const AUTH = `Basic ${Buffer.from('demo:demo').toString('base64')}`;
const quick = process.argv.includes('--quick'); // skips the long sequential vendor run (for trying the script)

/** Starts the simulator in a child process; resolves with its base URL. */
async function startSim(faultRate: number): Promise<{ baseUrl: string; child: ChildProcess }> {
  const script = fileURLToPath(new URL('./fleet-sim-process.ts', import.meta.url));
  const options = {
    seed: 7,
    meters: 16,
    gateways: GATEWAYS,
    metersPerGateway: METERS_PER_GATEWAY,
    latencyMs: LATENCY_MS,
    faultRate,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(options)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const [line] = await new Promise<string[]>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`simulator exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (l) => resolve([l]));
  });
  child.removeAllListeners('exit');
  return { baseUrl: (JSON.parse(line!) as { baseUrl: string }).baseUrl, child };
}

/** Meters with a smart-me device per gateway, from a clean load: what a lost gateway hides from the user. */
const metersOfGateway = new Map<string, number>();
let metersOf: (gatewayId: string) => number = () => 0;

/** Meterscope's loader: returns its time, requests sent (answers received, retries included) and missing items. */
async function ours(baseUrl: string): Promise<BaselineRun & { fleet: Fleet }> {
  let requests = 0;
  const api = createSmartMeApi({
    baseUrl,
    credentials: basicCredentials('demo', 'demo'),
    concurrency: CONCURRENCY,
    onEvent: (e) => void (e.type === 'response' && requests++),
  });
  const started = performance.now();
  try {
    const fleet = await loadFleet({ api, server: baseUrl });
    const seconds = (performance.now() - started) / 1000;
    const loaded = new Set(fleet.gateways.map((g) => g.Id));
    const lostGateways = fleet.problems.filter((p) => p.item.startsWith('gateway "'));
    const lostMeters = fleet.problems.filter((p) => p.item.startsWith('last value'));
    const hidden = [...metersOfGateway.keys()]
      .filter((id) => !loaded.has(id))
      .reduce((n, id) => n + metersOf(id), 0);
    const failedItems = lostGateways.length + hidden + lostMeters.length;
    return { seconds, requests, failedRequests: fleet.problems.length, failedItems, fleet };
  } finally {
    await api.close();
  }
}

/**
 * One GET /Devices through our client (latency, building and sending 1.6 MB, parsing and validating it). The
 * simulator builds it in slices and keeps each device's text until its next report, so other requests are
 * answered meanwhile, as on a real cloud's many threads.
 */
async function deviceListAlone(baseUrl: string): Promise<number> {
  const api = createSmartMeApi({ baseUrl, credentials: basicCredentials('demo', 'demo') });
  const started = performance.now();
  await api.devices();
  const seconds = (performance.now() - started) / 1000;
  await api.close();
  return seconds;
}

/** Runs `run` n times one after another and returns the run with the median time. */
async function median<T extends { seconds: number }>(n: number, run: () => Promise<T>): Promise<T> {
  const runs: T[] = [];
  for (let i = 0; i < n; i++) runs.push(await run());
  return [...runs].sort((x, y) => x.seconds - y.seconds)[Math.floor(n / 2)] as T;
}

const r3 = (n: number) => Math.round(n * 1000) / 1000;
const line = (label: string, r: BaselineRun) =>
  console.log(
    `${label.padEnd(44)} ${r.seconds.toFixed(3).padStart(8)} s  ${String(r.requests).padStart(5)} requests  ` +
      `${r.failedRequests} failed requests, ${r.failedItems} failed items`,
  );

const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown CPU';
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const loadBefore = load();
console.log(
  `machine: ${cpus().length} cores (nproc), ${cpu}, node ${process.version}, load average ${loadBefore}`,
);
console.log(
  `account: ${GATEWAYS} gateways × ${METERS_PER_GATEWAY} meters, ${LATENCY_MS} ms latency per request\n`,
);

const clean = await startSim(0);
const faulty = await startSim(FAULT_RATE);
try {
  const warm = await ours(clean.baseUrl); // warm-up (JIT, simulator connections), and the reference fleet
  for (const g of warm.fleet.gateways)
    metersOfGateway.set(g.Id, g.Meters.filter((m) => m.LastValueDate).length);
  metersOf = (id) => metersOfGateway.get(id) ?? 0;
  // The machine is shared: the short runs are repeated and the median run is reported.
  const a = await median(RUNS, () => ours(clean.baseUrl));
  line(`(a) Meterscope loader, ${CONCURRENCY} in flight (median of ${RUNS})`, a);
  const devicesAlone = (await median(RUNS, async () => ({ seconds: await deviceListAlone(clean.baseUrl) })))
    .seconds;
  console.log(
    `    the device list alone (${a.fleet.devices.length} devices, median of ${RUNS}) takes ${devicesAlone.toFixed(3)} s`,
  );
  const bSame = await median(3, () => ourPlanSequential(clean.baseUrl, AUTH));
  line('(b1) same requests, one after another (median of 3)', bSame);
  const b = quick ? undefined : await vendorPlan(clean.baseUrl, AUTH, true, metersOf);
  if (b) line('(b) vendor plan, one after another', b);
  const c = await median(3, () => vendorPlan(clean.baseUrl, AUTH, false, metersOf));
  line('(c) vendor plan, all at once (median of 3)', c);

  console.log(`\nwith ${FAULT_RATE * 100}% of answers 429 (Retry-After: 1) or 503:`);
  const aF = await ours(faulty.baseUrl);
  line('(a) Meterscope loader', aF);
  const cF = await vendorPlan(faulty.baseUrl, AUTH, false, metersOf);
  line('(c) vendor plan, all at once', cF);

  const ideal = (a.requests * LATENCY_MS) / 1000 / CONCURRENCY;
  const sequential = b ?? bSame;
  const result = {
    ours_s: r3(a.seconds),
    sequential_s: r3(sequential.seconds),
    sequential_plan: b ? 'vendor' : 'ours (--quick)',
    sequential_same_plan_s: r3(bSame.seconds),
    unbounded_s: r3(c.seconds),
    ideal_s: r3(ideal),
    ratio_vs_ideal: r3(a.seconds / ideal),
    device_list_alone_s: r3(devicesAlone),
    ratio_vs_ideal_plus_device_list: r3(a.seconds / (ideal + devicesAlone - LATENCY_MS / 1000)),
    speedup_vs_sequential: r3(sequential.seconds / a.seconds),
    speedup_vs_same_plan_sequential: r3(bSame.seconds / a.seconds),
    ours_requests: a.requests,
    vendor_requests: c.requests,
    ours_failed_with_faults: aF.failedItems,
    ours_with_faults_s: r3(aF.seconds),
    unbounded_failed: c.failedItems,
    unbounded_failed_with_faults: cF.failedItems,
    unbounded_failed_requests_with_faults: cF.failedRequests,
    load_average_before: loadBefore,
    load_average_after: load(),
  };
  console.log(
    `\nideal (requests × latency / concurrency): ${ideal.toFixed(3)} s; ours is ${result.ratio_vs_ideal}× the ideal`,
  );
  console.log(JSON.stringify(result));
} finally {
  clean.child.stdin?.end();
  faulty.child.stdin?.end();
}
