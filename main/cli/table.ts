/** One column of a plain-text table: its heading and how to turn a row into the cell text. */
export interface Column<T> {
  header: string;
  value: (row: T) => string;
  /** Numbers read better right-aligned. Default left. */
  align?: 'left' | 'right';
}

/**
 * Makes API text safe for a terminal: control characters (newlines, escape sequences) in a device name could
 * break the table or, worse, send commands to the terminal; they become `?`.
 */
export function cellText(text: string | null | undefined): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return (text ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

const width = (s: string) => [...s].length;

/**
 * A plain-text table: a header, a dashed rule, one line per row, columns two spaces apart, no trailing
 * spaces. Plain text (not box drawing) so it survives copy-paste into tickets and e-mails.
 */
export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((row) => columns.map((c) => cellText(c.value(row))));
  const widths = columns.map((c, i) => Math.max(width(c.header), ...cells.map((r) => width(r[i] ?? ''))));
  const line = (texts: string[]) =>
    texts
      .map((t, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - width(t));
        return columns[i]?.align === 'right' ? pad + t : t + pad;
      })
      .join('  ')
      .trimEnd();
  return (
    [
      line(columns.map((c) => c.header)),
      line(widths.map((w) => '-'.repeat(w))),
      ...cells.map((r) => line(r)),
    ].join('\n') + '\n'
  );
}

/** A two-column "label  value" list (no header): for one record, such as a device's details. */
export function formatFields(fields: readonly (readonly [string, string])[]): string {
  const w = Math.max(0, ...fields.map(([label]) => width(label)));
  return fields.map(([label, value]) => `${label.padEnd(w)}  ${cellText(value)}`.trimEnd()).join('\n') + '\n';
}
