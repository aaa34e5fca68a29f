import { parseCommandArgs } from '../args.ts';
import { UsageError, type CliIo } from '../io.ts';
import {
  describeObis,
  obisCatalog,
  realtimeReadings,
  tryParseObis,
  type Lang,
  type ObisDescription,
  type RealtimeReading,
} from '../../../shared/obis/index.ts';

/** Shown by `meterscope obis --help` and after a usage error. */
export const usage = `Usage: meterscope obis <code...> [--lang en|de] [--value N] [--json]
       meterscope obis --list [--lang en|de] [--json]

Explains OBIS codes: name, unit, the unit of the Realtime-API value (and whether smart-me documents it),
and what each value group A..F means. Codes outside the catalog are still explained from their structure.

Accepted notations: 1-0:1.8.0*255, 1-0:1.8.0, 1.8.0 (A=1, B=0 assumed), 0100010800FF, 01-00-01-08-00-FF.

Options:
  --lang en|de   language of names and explanations (default en)
  --value N      also show a realtime value N in its unit and conversions (negative: --value=-12.5)
  --json         print JSON: {"codes":[...]} or, with --list, {"catalog":[...]}
  --list         print the whole catalog`;

const LABELS = {
  en: {
    unit: 'quantity [unit]',
    realtime: 'realtime unit',
    assumed: 'assumed',
    value: 'value',
    unknown: 'not in the catalog',
    abAssumed: 'A=1 and B=0 assumed: only C.D.E was given',
    groups: ['medium', 'channel', 'quantity', 'measurement', 'tariff/index', 'billing period'],
    listFooter: '* assumed: smart-me documents the realtime unit of 1-0:1.8.0 only (mWh).',
  },
  de: {
    unit: 'Größe [Einheit]',
    realtime: 'Realtime-Einheit',
    assumed: 'angenommen',
    value: 'Wert',
    unknown: 'nicht im Katalog',
    abAssumed: 'A=1 und B=0 angenommen: nur C.D.E angegeben',
    groups: ['Medium', 'Kanal', 'Messgröße', 'Messart', 'Tarif/Index', 'Abrechnungsperiode'],
    listFooter: '* angenommen: smart-me dokumentiert nur die Realtime-Einheit von 1-0:1.8.0 (mWh).',
  },
} satisfies Record<Lang, unknown>;

const GROUP_KEYS = ['medium', 'channel', 'quantity', 'measurement', 'tariff', 'billingPeriod'] as const;

function readLang(value: unknown): Lang {
  if (value === undefined || value === 'en' || value === 'de') return value ?? 'en';
  throw new UsageError(`--lang must be en or de, not "${String(value)}"`);
}

function readValue(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (typeof value !== 'string' || value.trim() === '' || Number.isNaN(number)) {
    throw new UsageError(`--value must be a number, not "${String(value)}"`);
  }
  return number;
}

const formatReading = (r: RealtimeReading) => `${r.value}${r.unit ? ` ${r.unit}` : ''}`;

function renderCode(d: ObisDescription, lang: Lang, readings?: RealtimeReading[]): string {
  const t = LABELS[lang];
  const rows: [string, string][] = [];
  if (d.unit) rows.push([t.unit, `${d.quantity ?? ''} [${d.unit}]`.trim()]);
  if (d.realtime) {
    const flag = d.realtime.assumed ? ` (${t.assumed})` : '';
    rows.push([t.realtime, `${d.realtime.unit}${flag}: ${d.realtime.note}`]);
  }
  if (readings) {
    const flag = readings[0]?.assumed ? ` (${t.assumed})` : '';
    rows.push([t.value, `${readings.map(formatReading).join(' = ')}${flag}`]);
  }
  const groups = d.code.split(/[-:.*]/);
  GROUP_KEYS.forEach((key, i) =>
    rows.push([`${'ABCDEF'[i]}=${groups[i]} ${t.groups[i]}`, d.explanation[key]]),
  );
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  const head = `${d.code}  ${d.hex}  ${d.name}${d.known ? '' : `  (${t.unknown})`}`;
  const lines = [head, ...(d.abAssumed ? [`  ${t.abAssumed}`] : [])];
  lines.push(...rows.map(([label, text]) => `  ${label.padEnd(width)}${text}`));
  return `${lines.join('\n')}\n`;
}

function renderList(lang: Lang): string {
  const rows = obisCatalog().map((e) => [
    e.code,
    e.hex,
    e.unit,
    `${e.realtimeUnit}${e.realtimeDocumented ? '' : '*'}`,
    e.name[lang],
  ]);
  const t = LABELS[lang];
  const header = ['OBIS', 'hex', t.unit, t.realtime, 'name'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[header, ...rows].map(line).join('\n')}\n\n${t.listFooter}\n`;
}

/** `meterscope obis`: explains codes (exit 0), or exits 2 naming every code that does not parse. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    lang: { type: 'string' },
    value: { type: 'string' },
    json: { type: 'boolean' },
    list: { type: 'boolean' },
  });
  const lang = readLang(values['lang']);
  const value = readValue(values['value']);
  const json = values['json'] === true;

  if (values['list'] === true) {
    if (positionals.length > 0) throw new UsageError('--list takes no codes');
    const catalog = obisCatalog().map((e) => describeObis(e.obis, lang));
    io.out(json ? `${JSON.stringify({ catalog }, null, 2)}\n` : renderList(lang));
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('give at least one OBIS code, or --list');

  const problems = positionals.map(tryParseObis).flatMap((r) => (r.ok ? [] : [r.error.message]));
  if (problems.length > 0) throw new UsageError(problems.join('\n'));

  const codes = positionals.map((text) => {
    const description = describeObis(text, lang);
    return value === undefined ? { description } : { description, readings: realtimeReadings(text, value) };
  });
  if (json) {
    const out = codes.map((c) => (c.readings ? { ...c.description, readings: c.readings } : c.description));
    io.out(`${JSON.stringify({ codes: out }, null, 2)}\n`);
  } else {
    io.out(codes.map((c) => renderCode(c.description, lang, c.readings)).join('\n'));
  }
  return 0;
}
