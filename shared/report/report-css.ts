/**
 * The site report's whole stylesheet, inlined into the HTML file: readable on screen in light and dark,
 * and printable (black on white, tables not split inside a row, headings kept with what follows).
 * System fonts only: a report must not fetch anything.
 */
export const REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1b1f24; --bg: #ffffff; --muted: #57606a; --line: #d0d7de;
  --head: #f3f4f6; --warn-bg: #fff4d6; --warn: #7a4b00; --error: #a40e26; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --head: #161b22;
    --warn-bg: #3b2e0a; --warn: #f2cc60; --error: #ff7b72; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
main { max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.7em; margin: 0 0 8px; }
h2 { font-size: 1.3em; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05em; margin: 18px 0 6px; }
p { margin: 6px 0; }
p.warn { background: var(--warn-bg); color: var(--warn); padding: 8px 12px; border-left: 4px solid currentColor; }
p.muted { color: var(--muted); margin-top: 28px; font-size: 0.9em; }
li.warn { color: var(--warn); }
li.error { color: var(--error); font-weight: 600; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--head); }
.num { text-align: right; font-variant-numeric: tabular-nums; }
@media print {
  :root { --fg: #000; --bg: #fff; --muted: #444; --line: #999; --head: #eee; --warn-bg: #fff; --warn: #000;
    --error: #000; }
  @page { size: A4; margin: 15mm; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
}
`;
