import { describe, expect, it } from 'vitest';
import { cellText, formatFields, formatTable } from '../../../main/cli/table.ts';

describe('plain-text table', () => {
  const rows = [
    { name: 'Wärmepumpe', kwh: '12.5' },
    { name: 'Allgemeinstrom', kwh: '1234.75' },
  ];
  const table = formatTable(rows, [
    { header: 'Name', value: (r) => r.name },
    { header: 'kWh', value: (r) => r.kwh, align: 'right' },
  ]);

  it('aligns columns under a dashed rule, numbers to the right, without trailing spaces', () => {
    expect(table).toBe(
      [
        'Name                kWh',
        '--------------  -------',
        'Wärmepumpe         12.5',
        'Allgemeinstrom  1234.75',
        '',
      ].join('\n'),
    );
  });

  it('neutralises control characters a device name could carry into the terminal', () => {
    expect(cellText('evil\u001b[2Jname\nnext')).toBe('evil?[2Jname?next');
    const t = formatTable([{ n: 'a\nb' }], [{ header: 'N', value: (r) => r.n }]);
    expect(t.split('\n')).toHaveLength(4);
  });

  it('prints an empty table as its header', () => {
    expect(formatTable([], [{ header: 'Serial', value: () => '' }])).toBe('Serial\n------\n');
  });

  it('lists label/value pairs aligned', () => {
    expect(
      formatFields([
        ['Id', 'abc'],
        ['Firmware', '86'],
      ]),
    ).toBe('Id        abc\nFirmware  86\n');
  });
});
