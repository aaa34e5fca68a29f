import { describe, expect, it } from 'vitest';
import { rowWindow, scrollToRow } from '../../../../renderer/lib/virtual-rows.ts';

describe('the virtual row window', () => {
  it('renders only the rows on screen plus a margin, whatever the list length', () => {
    const w = rowWindow(22_000, 440, 22, 10_000, 5);
    expect(w).toEqual({ start: 995, end: 1026, offsetTop: 995 * 22, totalHeight: 220_000 });
    expect(rowWindow(0, 440, 22, 3)).toEqual({ start: 0, end: 3, offsetTop: 0, totalHeight: 66 });
    expect(rowWindow(0, 440, 22, 0).end).toBe(0);
  });

  it('clamps a scroll position past the end (the list shrank under it)', () => {
    const w = rowWindow(1_000_000, 440, 22, 100, 0);
    expect(w.end).toBe(100);
    expect(w.start).toBe(80);
  });

  it('scrolls just enough to show a row', () => {
    expect(scrollToRow(10, 0, 440, 22)).toBe(0);
    expect(scrollToRow(30, 0, 440, 22)).toBe(31 * 22 - 440);
    expect(scrollToRow(2, 200, 440, 22)).toBe(44);
  });
});
