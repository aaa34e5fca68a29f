import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';
import type { SiteReport } from './site-report.ts';
import { siteReportDocument } from './site-report-document.ts';

/** The file formats a site report is written in. */
export type ReportFormat = 'md' | 'html';

/** A finished report file: what the CLI writes and what `report:build` hands the renderer to download. */
export interface ReportFile {
  fileName: string;
  mimeType: string;
  text: string;
}

const TYPES: Record<ReportFormat, string> = {
  md: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
};

/** `20260725-1405` from an ISO time: sortable in a file name, no colons (the report and the support bundle). */
export function fileStamp(iso: string): string {
  return iso.slice(0, 16).replace(/-/g, '').replace('T', '-').replace(':', '');
}

/** `meterscope-site-report-20260725-1405.html`: sortable, from the report's (UTC) time, no colons. */
export function reportFileName(generatedAt: string, format: ReportFormat): string {
  return `meterscope-site-report-${fileStamp(generatedAt)}.${format}`;
}

/** Writes a built report as Markdown or standalone HTML, with the file name and type to save it under. */
export function renderSiteReport(report: SiteReport, format: ReportFormat): ReportFile {
  const doc = siteReportDocument(report);
  return {
    fileName: reportFileName(report.generatedAt, format),
    mimeType: TYPES[format],
    text: format === 'html' ? renderHtml(doc) : renderMarkdown(doc),
  };
}
