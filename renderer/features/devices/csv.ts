/** One CSV cell: text, a number, yes/no, or empty. */
export type CsvCell = string | number | boolean | null;

/**
 * RFC 4180 CSV (comma, CRLF, quotes doubled) with a UTF-8 byte-order mark so spreadsheet programs read
 * umlauts right. Text starting with = + - @ (or a tab/CR) gets a leading apostrophe, so a device named
 * "=HYPERLINK(…)" cannot run as a formula when the file is opened (CSV injection); numbers stay numbers.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((cells) => cells.map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function cell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}
