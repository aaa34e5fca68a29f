/**
 * The site report: a pure model of an installation's state (built from the fleet the views show) and its
 * Markdown and standalone-HTML renderings in English and German. The CLI and the app both use it.
 */
export {
  buildSiteReport,
  type ReportLang,
  type ReportSource,
  type SiteReport,
  type SiteReportOptions,
} from './site-report.ts';
export {
  fileStamp,
  renderSiteReport,
  reportFileName,
  type ReportFile,
  type ReportFormat,
} from './render-report.ts';
export { SECTION_IDS } from './site-report-document.ts';
