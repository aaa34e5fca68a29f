/**
 * A report as a list of plain blocks with every text already in the reader's language: the one shape both
 * renderers (Markdown, HTML) turn into a file, so they cannot disagree about what a report says.
 */

/** How a paragraph or list item should stand out. */
export type Tone = 'normal' | 'warn' | 'error' | 'muted';

/** A table column: its header and whether numbers line up on the right. */
export interface ReportColumn {
  header: string;
  align?: 'left' | 'right';
}

/** One block of a report, in reading order. */
export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id?: string }
  | { kind: 'paragraph'; text: string; tone?: Tone }
  | { kind: 'facts'; rows: readonly (readonly [label: string, value: string])[] }
  | { kind: 'table'; label: string; columns: readonly ReportColumn[]; rows: readonly (readonly string[])[] }
  | { kind: 'list'; items: readonly { text: string; tone?: Tone }[] };

/** A whole report: its language and title (for the file's metadata) and its blocks. */
export interface ReportDocument {
  lang: 'en' | 'de';
  title: string;
  blocks: ReportBlock[];
}
