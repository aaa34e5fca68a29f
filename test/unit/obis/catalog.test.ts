import { describe, expect, it } from 'vitest';
import { findCatalogEntry, obisCatalog, parseObis } from '../../../shared/obis/index.ts';

const catalog = obisCatalog();

describe('OBIS catalog', () => {
  it('has at least 80 codes, none twice', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(80);
    expect(new Set(catalog.map((e) => e.hex)).size).toBe(catalog.length);
  });

  it('gives every code an English and a German name and a unit', () => {
    for (const entry of catalog) {
      expect(entry.name.en, entry.code).toMatch(/\S/);
      expect(entry.name.de, entry.code).toMatch(/\S/);
      expect(entry.unit, entry.code).toMatch(/\S/);
      expect(entry.realtimeUnit, entry.code).toMatch(/\S/);
      expect(entry.realtimeNote.en, entry.code).toMatch(/\S/);
      expect(entry.realtimeNote.de, entry.code).toMatch(/\S/);
    }
  });

  it('claims a documented realtime unit only for 1-0:1.8.0, as smart-me documents', () => {
    expect(catalog.filter((e) => e.realtimeDocumented).map((e) => e.code)).toEqual(['1-0:1.8.0*255']);
  });

  it.each([
    ['63000C0000FF', 'switch-bitmap'],
    ['63000C0001FF', 'switch-state'],
    ['63000C0002FF', 'switch-state'],
    ['63000C0003FF', 'switch-state'],
    ['63000C0101FF', 'switch-state'],
    ['63000C0102FF', 'switch-state'],
  ])('knows smart-me switch and output code %s', (hex, kind) => {
    const match = findCatalogEntry(parseObis(hex));
    expect(match?.entry).toMatchObject({ kind, source: 'smart-me' });
  });

  it('covers every medium the issue lists', () => {
    const media = new Set(catalog.map((e) => e.obis.a));
    for (const a of [1, 4, 5, 6, 7, 8, 9, 99]) expect(media).toContain(a);
  });

  it('covers tariffs T1..T4 and phases L1..L3 for energy import', () => {
    const codes = new Set(catalog.map((e) => e.code));
    for (const t of [1, 2, 3, 4]) expect(codes).toContain(`1-0:1.8.${t}*255`);
    for (const c of [21, 41, 61]) expect(codes).toContain(`1-0:${c}.8.0*255`);
  });

  it('matches another channel or billing period of a known code, marked as not exact', () => {
    expect(findCatalogEntry(parseObis('1-1:1.8.0*3'))).toMatchObject({
      exact: false,
      entry: { code: '1-0:1.8.0*255' },
    });
    expect(findCatalogEntry(parseObis('1-0:1.8.0*255'))?.exact).toBe(true);
    expect(findCatalogEntry(parseObis('1-0:1.8.9'))).toBeUndefined();
  });
});
