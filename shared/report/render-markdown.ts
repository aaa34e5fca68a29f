import type { ReportBlock, ReportDocument } from './report-document.ts';

/**
 * Markdown's special characters escaped, so a meter called `Flat *3* | east` stays text and cannot break
 * a table or turn into a link; line breaks become spaces (a table row is one line).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

const TONE_PREFIX = { warn: '**⚠** ', error: '**✖** ', muted: '', normal: '' } as const;

function block(b: ReportBlock): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`;
    case 'paragraph': {
      const text = escapeMarkdown(b.text);
      return b.tone === 'muted' ? `_${text}_` : `${TONE_PREFIX[b.tone ?? 'normal']}${text}`;
    }
    case 'facts':
      return b.rows
        .map(([label, value]) => `- **${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`)
        .join('\n');
    case 'list':
      return b.items.map((i) => `- ${TONE_PREFIX[i.tone ?? 'normal']}${escapeMarkdown(i.text)}`).join('\n');
    case 'table': {
      const row = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
      const rule = `| ${b.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |`;
      return [row(b.columns.map((c) => c.header)), rule, ...b.rows.map(row)].join('\n');
    }
  }
}

/** The report as a Markdown file (GitHub-flavoured tables): for e-mail, tickets and wikis. */
export function renderMarkdown(doc: ReportDocument): string {
  return `${doc.blocks.map(block).join('\n\n')}\n`;
}
