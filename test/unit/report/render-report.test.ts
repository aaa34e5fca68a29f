import { describe, expect, it } from 'vitest';
import { buildSiteReport, renderSiteReport, type ReportLang } from '../../../shared/report/index.ts';
import { escapeMarkdown } from '../../../shared/report/render-markdown.ts';
import { apiDevices, fleet, NOW } from './fleet-fixture.ts';

const report = (lang: ReportLang = 'en') =>
  buildSiteReport(
    { fleet: fleet(), devices: apiDevices },
    { lang, timeZone: 'Europe/Zurich', account: 'user:demo', generator: 'Meterscope 0.1.0 (cli)' },
    NOW,
  );
const md = (lang: ReportLang = 'en') => renderSiteReport(report(lang), 'md');
const html = (lang: ReportLang = 'en') => renderSiteReport(report(lang), 'html');

describe('Markdown report', () => {
  it('has the data age, totals and a row per offline device and stale meter', () => {
    const { text, fileName, mimeType } = md();
    expect(fileName).toBe('meterscope-site-report-20260725-1400.md');
    expect(mimeType).toBe('text/markdown;charset=utf-8');
    expect(text).toContain('# Site report');
    expect(text).toContain('- **Data as of:** 2026-07-25 14:00'); // 12:00 UTC in Zurich (summer time)
    expect(text).toContain('- **Age of the data:** 2 h');
    expect(text).toContain('from the offline cache, as of 2026-07-25 14:00 (2 h old)');
    expect(text).toContain('- **Offline:** 2');
    expect(text).toContain('## Offline devices (2)');
    expect(text).toContain('| 1002 | Heat pump | Electricity | 3-phase 80 A | 2026-07-25 11:00 | 3 h |');
    // A pipe in a name stays inside its cell.
    expect(text).toContain('| 1003 | Garage \\| east | Electricity | 3-phase 80 A | never | – |');
    expect(text).toContain('## Stale meters (2)');
    expect(text).toContain('| Haus 1 | Phantom \\<3\\> | – | OK | no smart-me device | – |');
    expect(text).toContain('| Haus 1 | Cold water 2 | 87654321 | Readout failed | 2026-07-22 14:00 | 3 d |');
  });

  it('has the gateway with its interval and the gateway doctor, problems and plausibility hints', () => {
    const { text } = md();
    expect(text).toContain('| Haus 1 | 5001 | Last readout OK | 2 s | 2026-07-25 13:58 | 3 | 2 |');
    expect(text).toContain('- **✖** Haus 1: The interval (2 s) is shorter than one pass over its 3 meters');
    expect(text).toContain('| gateway "Haus 2" (g2) | timeout | No answer within 30 s. |');
    expect(text).toContain(
      '| Flat 1 | 1001 | L2: no voltage. Check the fuse and the wiring of this phase. |',
    );
    expect(text).toContain('Power factor (1-0:13.7.0\\*255) is 1.4');
    expect(text).toContain(
      '| Flat 2 | 1002 | Energy import total (1-0:1.8.0\\*255) is 500, but its 4 tariff registers add up to 450',
    );
  });

  it('is written in German with German dates', () => {
    const { text } = md('de');
    expect(text).toContain('# Anlagenbericht');
    expect(text).toContain('- **Daten vom:** 25.07.2026 14:00');
    expect(text).toContain('## Offline-Geräte (2)');
    expect(text).toContain('## Veraltete Zähler (2)');
    expect(text).toContain(
      '| Haus 1 | Cold water 2 | 87654321 | Auslesung fehlgeschlagen | 22.07.2026 14:00 | 3 T |',
    );
    expect(text).toContain('L2: keine Spannung.');
    expect(text).toContain('ist 500, aber die 4 Tarifregister ergeben zusammen 450');
  });

  it('escapes Markdown so data cannot turn into links, emphasis or extra columns', () => {
    expect(escapeMarkdown('[x](http://e) *a* _b_ `c` | d\ne')).toBe(
      '\\[x\\](http://e) \\*a\\* \\_b\\_ \\`c\\` \\| d e',
    );
  });
});

describe('HTML report', () => {
  it('is one standalone page with inline CSS, a print style and a CSP that forbids loading anything', () => {
    const { text, mimeType, fileName } = html();
    expect(mimeType).toBe('text/html;charset=utf-8');
    expect(fileName.endsWith('.html')).toBe(true);
    expect(text.startsWith('<!doctype html>')).toBe(true);
    expect(text).toContain('<html lang="en">');
    expect(text).toContain('<style>');
    expect(text).toContain('@media print');
    expect(text).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
  });

  it('has no script and no external resource', () => {
    for (const lang of ['en', 'de'] as const) {
      const { text } = html(lang);
      expect(text).not.toMatch(/<script/i);
      expect(text).not.toMatch(/\son\w+=/i); // no event handlers
      expect(text).not.toMatch(/<(link|img|iframe|object|embed|base)\b/i);
      expect(text).not.toMatch(/\b(src|href|action)=/i);
      expect(text).not.toMatch(/url\(|@import/i);
      // The only URL is the server's name, shown as text.
      const urls = (text.match(/https?:\/\/[^\s<"]+/g) ?? []).map((u) => u.replace(/[.,]$/, ''));
      expect(new Set(urls)).toEqual(new Set(['https://api.smart-me.com']));
    }
  });

  it('has the stale-meter and offline-device sections with a row each', () => {
    const { text } = html();
    expect(text).toContain('<h2 id="stale-meters">Stale meters (2)</h2>');
    expect(text).toContain('<h2 id="offline-devices">Offline devices (2)</h2>');
    expect(text).toContain('<table aria-label="Stale meters (2)">');
    expect(text).toContain(
      '<tr><td>Haus 1</td><td>Cold water 2</td><td>87654321</td><td>Readout failed</td><td>2026-07-22 14:00</td><td class="num">3 d</td></tr>',
    );
    expect(text).toContain('<td class="num">1002</td><td>Heat pump</td>');
    expect(text).toContain('<dt>Data as of</dt><dd>2026-07-25 14:00</dd>');
    expect(text).toContain('<p class="warn">Offline: the smart-me cloud could not be reached (offline).');
  });

  it('escapes names, so a meter called like markup stays text', () => {
    const { text } = html();
    expect(text).toContain('<td>Phantom &#60;3&#62;</td>');
    expect(text).not.toContain('Phantom <3>');
  });

  it('is written in German', () => {
    const { text } = html('de');
    expect(text).toContain('<html lang="de">');
    expect(text).toContain('<title>Anlagenbericht</title>');
    expect(text).toContain('<h2 id="stale-meters">Veraltete Zähler (2)</h2>');
  });
});
