// Child process of the decode benchmark: decodes a length-delimited capture file in a streaming way and
// reports the throughput and the process's peak resident memory. Run with a small --max-old-space-size.
import { createReadStream, statSync } from 'node:fs';
import { DelimitedSplitter, decodeDeviceDataArray } from '../../shared/realtime/index.ts';

const path = process.argv[2] as string;
const splitter = new DelimitedSplitter();
let items = 0;
let values = 0;
let errors = 0;
const t0 = performance.now();
for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
  for (const message of splitter.push(chunk as Buffer)) {
    const decoded = decodeDeviceDataArray(message, { spans: false });
    if (decoded.error) errors++;
    items += decoded.items.length;
    for (const item of decoded.items) values += item.values.length;
  }
}
const seconds = (performance.now() - t0) / 1000;
const end = splitter.end();
const mb = statSync(path).size / 1e6;
process.stdout.write(
  `${JSON.stringify({
    messages: splitter.count,
    items,
    values,
    errors: errors + (end ? 1 : 0),
    mb,
    mb_s: mb / seconds,
    peak_rss_mb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
