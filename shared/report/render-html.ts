import type { ReportBlock, ReportDocument } from './report-document.ts';
import { REPORT_CSS } from './report-css.ts';

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Nothing may load or run, even if a name in the data looked like markup: no scripts, no requests, no
 * forms. The report is a document, opened from a USB stick or an e-mail.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

function block(b: ReportBlock): string {
  switch (b.kind) {
    case 'heading': {
      const id = b.id ? ` id="${escapeHtml(b.id)}"` : '';
      return `<h${b.level}${id}>${escapeHtml(b.text)}</h${b.level}>`;
    }
    case 'paragraph':
      return `<p class="${b.tone ?? 'normal'}">${escapeHtml(b.text)}</p>`;
    case 'facts':
      return `<dl class="facts">\n${b.rows
        .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
        .join('\n')}\n</dl>`;
    case 'list':
      return `<ul>\n${b.items
        .map((i) => `<li class="${i.tone ?? 'normal'}">${escapeHtml(i.text)}</li>`)
        .join('\n')}\n</ul>`;
    case 'table': {
      const cls = (c: { align?: string }) => (c.align === 'right' ? ' class="num"' : '');
      const head = b.columns.map((c) => `<th scope="col"${cls(c)}>${escapeHtml(c.header)}</th>`).join('');
      const rows = b.rows
        .map(
          (r) =>
            `<tr>${r.map((cell, i) => `<td${cls(b.columns[i] ?? {})}>${escapeHtml(cell)}</td>`).join('')}</tr>`,
        )
        .join('\n');
      return `<table aria-label="${escapeHtml(b.label)}">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
    }
  }
}

/**
 * The report as one standalone HTML file: inline CSS (light, dark, print), no scripts, no external
 * resources and a CSP that forbids both, so it opens anywhere offline and prints on A4 as it looks.
 */
export function renderHtml(doc: ReportDocument): string {
  return [
    '<!doctype html>',
    `<html lang="${doc.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Meterscope">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...doc.blocks.map(block),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
