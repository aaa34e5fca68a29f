import { doctorHintText } from '../fleet-checks/doctor-text.ts';
import type { DoctorHint } from '../fleet-checks/gateway-doctor.ts';
import { plausibilityText } from '../fleet-checks/plausibility-text.ts';
import type { PlausibilityHint } from '../fleet-checks/plausibility.ts';
import type { ReportBlock, ReportDocument } from './report-document.ts';
import { formatAge, formatCount, formatReportDate, formatSeconds, formatValue } from './report-format.ts';
import { reportText, reportTextOf, type ReportKey } from './report-messages.ts';
import type { ReportLang, SiteReport } from './site-report.ts';

/** The ids of the report's sections (HTML anchors; tests and support staff find sections by them). */
export const SECTION_IDS = {
  summary: 'summary',
  offline: 'offline-devices',
  gateways: 'gateways',
  stale: 'stale-meters',
  problems: 'problems',
  plausibility: 'plausibility',
} as const;

/** The site report in words: every date, age, state and hint written out in the report's language. */
export function siteReportDocument(r: SiteReport): ReportDocument {
  const w = words(r.lang, r.timeZone);
  return {
    lang: r.lang,
    title: w.t('title'),
    blocks: [
      ...header(r, w),
      ...summary(r, w),
      ...offline(r, w),
      ...gateways(r, w),
      ...stale(r, w),
      ...problems(r, w),
      ...plausibility(r, w),
      { kind: 'paragraph', tone: 'muted', text: w.t('footer', { generator: r.generator ?? 'Meterscope' }) },
    ],
  };
}

/** The language's helpers, bound once. */
function words(lang: ReportLang, timeZone: string) {
  return {
    lang,
    t: (key: ReportKey, vars?: Record<string, string | number>) => reportText(lang, key, vars),
    date: (d: string | null) => formatReportDate(d, lang, timeZone),
    age: (ms: number) => formatAge(ms, lang),
    count: (n: number) => formatCount(n, lang),
    /** A smart-me enum name in words, or the name itself when the catalog does not know it. */
    named: (prefix: string, name: string) => reportTextOf(lang, `${prefix}.${name}`) ?? name,
    name: (n: string | null) => n ?? reportText(lang, 'unnamed'),
    silent: (ms: number | null) => (ms === null ? '–' : formatAge(ms, lang)),
  };
}
type Words = ReturnType<typeof words>;

const heading = (level: 1 | 2 | 3, text: string, id?: string): ReportBlock => ({
  kind: 'heading',
  level,
  text,
  ...(id ? { id } : {}),
});

function header(r: SiteReport, w: Words): ReportBlock[] {
  const facts: [string, string][] = [[w.t('factServer'), r.account.server]];
  if (r.account.label) facts.push([w.t('factAccount'), r.account.label]);
  facts.push(
    [w.t('factGenerated'), w.date(r.generatedAt)],
    [w.t('factDataAsOf'), w.date(r.data.asOf)],
    [w.t('factSource'), w.t(r.data.source === 'cache' ? 'sourceCache' : 'sourceLive')],
    [w.t('factAge'), w.age(r.data.ageMs)],
    [w.t('factTimeZone'), r.timeZone],
  );
  if (r.generator) facts.push([w.t('factGenerator'), r.generator]);
  const blocks: ReportBlock[] = [
    heading(1, w.t('title')),
    { kind: 'paragraph', text: w.t('intro', { server: r.account.server }) },
    { kind: 'facts', rows: facts },
  ];
  if (r.data.stale) {
    const code = r.data.error?.code ?? 'offline';
    const vars = { code, date: w.date(r.data.asOf), age: w.age(r.data.ageMs) };
    blocks.push({ kind: 'paragraph', tone: 'warn', text: w.t('staleWarning', vars) });
  }
  return blocks;
}

function summary(r: SiteReport, w: Words): ReportBlock[] {
  const n = r.totals;
  const rows: [ReportKey, number | null][] = [
    ['totalDevices', n.devices],
    ['totalOnline', n.online],
    ['totalOffline', n.offline],
    ['totalGateways', n.gateways],
    ['totalMeters', n.meters],
    ['totalStale', n.staleMeters],
    ['totalProblems', n.problems],
    ['totalPlausibility', n.plausibility],
  ];
  return [
    heading(2, w.t('summaryHeading'), SECTION_IDS.summary),
    {
      kind: 'facts',
      rows: rows.map(([key, value]) => [w.t(key), value === null ? w.t('notAvailable') : w.count(value)]),
    },
  ];
}

function offline(r: SiteReport, w: Words): ReportBlock[] {
  const blocks = [heading(2, w.t('offlineHeading', { count: r.offlineDevices.length }), SECTION_IDS.offline)];
  if (r.offlineDevices.length === 0) return [...blocks, { kind: 'paragraph', text: w.t('offlineNone') }];
  return [
    ...blocks,
    { kind: 'paragraph', text: w.t('offlineIntro', { minutes: r.thresholds.offlineMinutes }) },
    {
      kind: 'table',
      label: w.t('offlineHeading', { count: r.offlineDevices.length }),
      columns: [
        { header: w.t('colSerial'), align: 'right' },
        { header: w.t('colName') },
        { header: w.t('colType') },
        { header: w.t('colFamily') },
        { header: w.t('colLastValue') },
        { header: w.t('colSilent'), align: 'right' },
      ],
      rows: r.offlineDevices.map((d) => [
        String(d.serial),
        w.name(d.name),
        w.named('energy', String(d.energyType ?? 0)),
        d.familyLabel,
        d.valueDate ? w.date(d.valueDate) : w.t('never'),
        w.silent(d.silentMs),
      ]),
    },
  ];
}

function gateways(r: SiteReport, w: Words): ReportBlock[] {
  const title = w.t('gatewaysHeading', { count: r.gateways.length });
  if (r.gateways.length === 0)
    return [heading(2, title, SECTION_IDS.gateways), { kind: 'paragraph', text: w.t('gatewaysNone') }];
  const hints = r.gateways.flatMap((g) =>
    g.hints.map((h) => ({
      text: `${w.name(g.name)}: ${doctorText(h, w)}`,
      tone:
        h.severity === 'error' ? ('error' as const) : h.severity === 'warn' ? ('warn' as const) : undefined,
    })),
  );
  return [
    heading(2, title, SECTION_IDS.gateways),
    {
      kind: 'table',
      label: title,
      columns: [
        { header: w.t('colGateway') },
        { header: w.t('colSerial') },
        { header: w.t('colState') },
        { header: w.t('colInterval') },
        { header: w.t('colLastSeen') },
        { header: w.t('colMeters'), align: 'right' },
        { header: w.t('colStale'), align: 'right' },
      ],
      rows: r.gateways.map((g) => [
        w.name(g.name),
        g.serialNumber ?? '–',
        w.named('gwState', g.stateName),
        g.readoutIntervalSeconds === null ? g.readoutIntervalName : formatSeconds(g.readoutIntervalSeconds),
        w.date(g.lastSeen),
        w.count(g.meters),
        w.count(g.staleMeters),
      ]),
    },
    heading(3, w.t('doctorHeading')),
    hints.length > 0 ? { kind: 'list', items: hints } : { kind: 'paragraph', text: w.t('doctorNone') },
  ];
}

/** One gateway-doctor finding as a sentence (the same advice the Gateways view gives). */
function doctorText(h: DoctorHint, w: Words): string {
  return doctorHintText(h, { t: w.t, age: w.age });
}

function stale(r: SiteReport, w: Words): ReportBlock[] {
  const title = w.t('staleHeading', { count: r.staleMeters.length });
  if (r.staleMeters.length === 0)
    return [heading(2, title, SECTION_IDS.stale), { kind: 'paragraph', text: w.t('staleNone') }];
  return [
    heading(2, title, SECTION_IDS.stale),
    { kind: 'paragraph', text: w.t('staleIntro', { hours: r.thresholds.staleHours }) },
    {
      kind: 'table',
      label: title,
      columns: [
        { header: w.t('colGateway') },
        { header: w.t('colName') },
        { header: w.t('colAddress') },
        { header: w.t('colState') },
        { header: w.t('colLastValue') },
        { header: w.t('colSilent'), align: 'right' },
      ],
      rows: r.staleMeters.map((m) => [
        w.name(m.gatewayName),
        w.name(m.name),
        m.secondaryAddress ?? '–',
        w.named('meterState', m.stateName),
        m.lastValueDate ? w.date(m.lastValueDate) : w.t(m.withoutDevice ? 'noDevice' : 'never'),
        w.silent(m.silentMs),
      ]),
    },
  ];
}

function problems(r: SiteReport, w: Words): ReportBlock[] {
  const title = w.t('problemsHeading', { count: r.problems.length });
  if (r.problems.length === 0)
    return [heading(2, title, SECTION_IDS.problems), { kind: 'paragraph', text: w.t('problemsNone') }];
  return [
    heading(2, title, SECTION_IDS.problems),
    {
      kind: 'table',
      label: title,
      columns: [{ header: w.t('colItem') }, { header: w.t('colCode') }, { header: w.t('colMessage') }],
      rows: r.problems.map((p) => [p.item, p.code, p.message]),
    },
  ];
}

function plausibility(r: SiteReport, w: Words): ReportBlock[] {
  const title = w.t('plausibilityHeading');
  const head = heading(2, title, SECTION_IDS.plausibility);
  if (r.plausibility === null) return [head, { kind: 'paragraph', text: w.t('plausibilityUnavailable') }];
  const intro: ReportBlock = { kind: 'paragraph', text: w.t('plausibilityIntro') };
  if (r.plausibility.length === 0) return [head, intro, { kind: 'paragraph', text: w.t('plausibilityNone') }];
  return [
    head,
    intro,
    {
      kind: 'table',
      label: title,
      columns: [
        { header: w.t('colDevice') },
        { header: w.t('colSerial'), align: 'right' },
        { header: w.t('colHint') },
      ],
      rows: r.plausibility.map((p) => [w.name(p.name), String(p.serial), hintText(p.hint, w)]),
    },
  ];
}

/** One plausibility finding as a sentence (the Inspector's wording). */
function hintText(h: PlausibilityHint, w: Words): string {
  return plausibilityText(h, { t: w.t, number: (n) => formatValue(n, w.lang), date: w.date });
}
