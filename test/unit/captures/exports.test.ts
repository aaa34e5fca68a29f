import { createWriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCaptureWriter } from '../../../main/services/captures/capture-writer.ts';
import { decodeSafely } from '../../../main/services/captures/decode-summary.ts';
import { exportCsv } from '../../../main/services/captures/export-csv.ts';
import { exportHar } from '../../../main/services/captures/export-har.ts';
import { exportNdjson } from '../../../main/services/captures/export-ndjson.ts';
import { importNdjson } from '../../../main/services/captures/import-ndjson.ts';
import { catalogLabels } from '../../../main/services/captures/obis-labels.ts';
import { readCapture } from '../../../main/services/captures/read-capture.ts';
import { summarizeCapture } from '../../../main/services/captures/summarize-capture.ts';
import { decodeDeviceDataArray } from './decoder.ts';
import { EXAMPLE, TWO_VALUES, sampleRequest, tempDir } from './fixtures.ts';

const decode = (b: Uint8Array) => decodeDeviceDataArray(b, { spans: false });
const GARBAGE = Buffer.from('not a payload, just text');

let dir: string;
let cleanup: () => Promise<void>;
let path: string;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  path = join(dir, 'capture.mscap');
  const w = await openCaptureWriter(path, {
    session: { name: 'export test', listenerUrl: 'http://127.0.0.1:4000/[secret]' },
  });
  for (const [n, body] of [EXAMPLE, TWO_VALUES, GARBAGE].entries()) {
    await w.append({ ...sampleRequest(n, body), decoded: decodeSafely(decode, body).summary });
  }
  await w.close();
});
afterEach(() => cleanup());

async function exportText(run: (write: (s: string) => void) => Promise<unknown>): Promise<string> {
  let out = '';
  await run((s) => void (out += s));
  return out;
}

/** A small RFC 4180 reader, enough to check our quoting. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const re = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n)/g;
  let row: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[1] ?? '';
    row.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (m[2] === '\r\n') {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

describe('capture exports', () => {
  it('NDJSON: one JSON object per line, bodies byte-exact, decoded items included', async () => {
    const text = await exportText((w) => exportNdjson(readCapture(path), decode, w));
    const lines = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.type)).toEqual(['session', 'request', 'request', 'request']);
    expect(lines[0]).toMatchObject({ name: 'export test', listenerUrl: 'http://127.0.0.1:4000/[secret]' });
    const bodies = lines.slice(1).map((l) => Buffer.from(l.bodyBase64 as string, 'base64'));
    expect(bodies).toEqual([EXAMPLE, TWO_VALUES, GARBAGE]);
    expect(lines[2]).toMatchObject({
      seq: 2,
      decode: 'ok',
      items: [
        { deviceId: '00112233-4455-6677-8899-aabbccddeeff', values: [{ value: 1000.5 }, { value: -12.5 }] },
      ],
    });
    expect(lines[3]).toMatchObject({ decode: 'error', error: { code: 'not-a-payload' }, items: [] });
    expect(lines[1]?.receivedAt).toBe('2023-11-14T22:13:20.000000000Z');
  });

  it('CSV: a header and one row per device value with name and unit, quoted where needed', async () => {
    const text = await exportText((w) => exportCsv(readCapture(path), decode, catalogLabels(), w));
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([
      'time',
      'device',
      'obis',
      'name',
      'value',
      'unit',
      'unit_assumed',
      'received',
      'seq',
    ]);
    expect(rows).toHaveLength(1 + 3 + 2);
    const energy = rows[1] ?? [];
    expect(energy.slice(0, 3)).toEqual([
      '2019-10-16T12:20:44.9788512Z',
      '3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1',
      '1-0:1.8.0*255',
    ]);
    expect(energy[3]).toMatch(/energy/i);
    expect(energy[4]).toBe('1879583.2');
    expect(energy[5]).toBe('mWh');
    expect(energy[6]).toBe('false');
    expect(rows[5]?.slice(2, 5)).toEqual(['1-0:21.7.0*255', rows[5]?.[3], '-12.5']);
    expect(rows.every((r) => r.length === 9)).toBe(true);
  });

  it('HAR: a valid HAR 1.2 log with one entry per request and base64 postData', async () => {
    const text = await exportText((w) => exportHar(readCapture(path), decode, w));
    const har = JSON.parse(text) as {
      log: {
        version: string;
        entries: {
          request: { url: string; method: string; postData: { text: string; encoding: string } };
          response: { status: number };
          startedDateTime: string;
        }[];
      };
    };
    expect(har.log.version).toBe('1.2');
    expect(har.log.entries).toHaveLength(3);
    const [first] = har.log.entries;
    expect(first?.request).toMatchObject({ method: 'POST', url: 'http://127.0.0.1:4000/[secret]' });
    expect(Buffer.from(first?.request.postData.text ?? '', 'base64').equals(EXAMPLE)).toBe(true);
    expect(first?.response.status).toBe(200);
    expect(Number.isNaN(Date.parse(first?.startedDateTime ?? ''))).toBe(false);
    expect(text).not.toContain('dXNlcjpwYXNz');
  });
});

describe('NDJSON import', () => {
  it('turns an export back into a capture identical byte for byte', async () => {
    const ndjson = join(dir, 'export.ndjson');
    const out = createWriteStream(ndjson);
    await exportNdjson(readCapture(path), decode, (s) => void out.write(s));
    await new Promise((resolve) => out.end(resolve));
    const copy = join(dir, 'copy.mscap');
    const result = await importNdjson(ndjson, copy, { decode });
    expect(result).toEqual({ sessions: 1, records: 3, skipped: [] });
    expect((await readFile(copy)).equals(await readFile(path))).toBe(true);
  });

  it('accepts hand-written lines with only a body, decodes them, and reports lines it cannot use', async () => {
    const ndjson = join(dir, 'hand.ndjson');
    const lines = [
      JSON.stringify({ bodyBase64: EXAMPLE.toString('base64'), receivedAt: '2024-05-01T10:00:00Z' }),
      '{ not json',
      JSON.stringify({ type: 'request', bodyBase64: '%%%' }),
      '',
      JSON.stringify({
        bodyBase64: TWO_VALUES.toString('base64'),
        headers: [['Authorization', 'Basic c2VjcmV0']],
      }),
    ];
    await writeFile(ndjson, lines.join('\n'));
    const copy = join(dir, 'hand.mscap');
    const result = await importNdjson(ndjson, copy, { decode, now: () => new Date('2024-05-02T00:00:00Z') });
    expect(result.records).toBe(2);
    expect(result.skipped).toEqual([
      { line: 2, reason: 'line 2: not JSON' },
      { line: 3, reason: 'line 3: bodyBase64 is not base64' },
    ]);
    const summary = await summarizeCapture(copy);
    expect(summary).toMatchObject({ records: 2, firstSeq: 1, lastSeq: 2, decodeErrors: 0 });
    expect(summary.sessions[0]).toMatchObject({ started: '2024-05-02T00:00:00.000Z', firstSeq: 1 });
    expect(summary.firstMs).toBe(Date.parse('2024-05-01T10:00:00Z'));
    expect((await readFile(copy)).includes('c2VjcmV0')).toBe(false);
  });

  it('leaves no file behind when the input is missing or holds nothing importable', async () => {
    const out = join(dir, 'never.mscap');
    await expect(importNdjson(join(dir, 'missing.ndjson'), out, { decode })).rejects.toMatchObject({
      code: 'import-missing',
      message: expect.stringContaining('there is no such file'),
    });
    const junk = join(dir, 'junk.ndjson');
    await writeFile(junk, 'not json\n{"bodyBase64":"@@"}\n');
    await expect(importNdjson(junk, out, { decode })).rejects.toMatchObject({
      code: 'nothing-imported',
      skipped: [
        { line: 1, reason: 'line 1: not JSON' },
        { line: 2, reason: 'line 2: bodyBase64 is not base64' },
      ],
    });
    await expect(readFile(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses to overwrite an existing capture', async () => {
    const ndjson = join(dir, 'e.ndjson');
    await writeFile(ndjson, '');
    await expect(importNdjson(ndjson, path, { decode })).rejects.toMatchObject({ code: 'capture-exists' });
    expect((await summarizeCapture(path)).records).toBe(3);
  });
});
