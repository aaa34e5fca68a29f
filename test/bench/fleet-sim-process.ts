// A simulator in its own process for the fleet benchmark, so its work (5,000+ devices as JSON) does not share an
// event loop with the clients being measured. Options come as one JSON argument; prints {"baseUrl"} and serves
// until its stdin closes (the benchmark ends it by closing the pipe).
import { startSimulator, type SimulatorOptions } from '../../main/simulator/index.ts';

const options = JSON.parse(process.argv[2] ?? '{}') as SimulatorOptions;
const sim = await startSimulator(options);
process.stdout.write(`${JSON.stringify({ baseUrl: sim.baseUrl })}\n`);
process.stdin.resume();
process.stdin.on('end', () => void sim.close().then(() => process.exit(0)));
