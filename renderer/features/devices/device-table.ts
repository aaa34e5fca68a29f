import type { DeviceRow } from '../../../shared/contract/calls/fleet.ts';

/** The columns the table sorts by. */
export type SortKey =
  'serial' | 'name' | 'energyType' | 'family' | 'counterReading' | 'activePower' | 'valueDate' | 'online';

/** Which column, which way. */
export interface SortState {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** What the technician looks for first: the devices that are offline. */
export const DEFAULT_SORT: SortState = { key: 'online', dir: 'asc' };

/** The search box and the two filters. */
export interface DeviceFilter {
  query: string;
  state: 'all' | 'online' | 'offline';
  energyType: number | 'all';
}

/** No search, no filter. */
export const NO_FILTER: DeviceFilter = { query: '', state: 'all', energyType: 'all' };

/** Clicking a header: a new column sorts ascending, the same column flips. */
export function nextSort(current: SortState, key: SortKey): SortState {
  return current.key === key ? { key, dir: current.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' };
}

type Value = string | number | boolean | null;

/**
 * Sorts a copy of the rows. Empty values go last whichever the direction (an empty counter is never "the
 * smallest"); ties fall back to name, then serial, so the order is stable and predictable. Text compares
 * with `collator` (numeric, case-insensitive), energy types by their shown name.
 */
export function sortDevices(
  rows: readonly DeviceRow[],
  sort: SortState,
  collator: Intl.Collator,
  energyName: (type: number | null) => string,
): DeviceRow[] {
  const value = valueOf(sort.key, energyName);
  const sign = sort.dir === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, v: value(row) }));
  keyed.sort((a, b) => {
    const primary = compareValues(a.v, b.v, collator);
    if (primary.empty !== 0) return primary.empty;
    if (primary.order !== 0) return sign * primary.order;
    return collator.compare(a.row.name ?? '', b.row.name ?? '') || a.row.serial - b.row.serial;
  });
  return keyed.map((k) => k.row);
}

function valueOf(key: SortKey, energyName: (type: number | null) => string): (row: DeviceRow) => Value {
  switch (key) {
    case 'energyType':
      return (r) => (r.energyType === null ? null : energyName(r.energyType));
    case 'family':
      return (r) => r.familyLabel;
    case 'valueDate':
      return (r) => (r.valueDate === null ? null : Date.parse(r.valueDate));
    default:
      return (r) => r[key];
  }
}

function compareValues(a: Value, b: Value, collator: Intl.Collator): { empty: number; order: number } {
  const aEmpty = a === null || a === '' || (typeof a === 'number' && Number.isNaN(a));
  const bEmpty = b === null || b === '' || (typeof b === 'number' && Number.isNaN(b));
  if (aEmpty || bEmpty) return { empty: aEmpty === bEmpty ? 0 : aEmpty ? 1 : -1, order: 0 };
  if (typeof a === 'string' && typeof b === 'string') return { empty: 0, order: collator.compare(a, b) };
  return { empty: 0, order: Number(a) - Number(b) };
}

const searchText = new WeakMap<DeviceRow, string>();

/** The rows matching the search (name, serial or ID, any letter case) and both filters, in their order. */
export function filterDevices(rows: readonly DeviceRow[], filter: DeviceFilter): DeviceRow[] {
  const words = filter.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter.state !== 'all' && row.online !== (filter.state === 'online')) return false;
    if (filter.energyType !== 'all' && row.energyType !== filter.energyType) return false;
    if (words.length === 0) return true;
    let text = searchText.get(row);
    if (text === undefined) {
      text = `${row.name ?? ''} ${row.serial} ${row.id}`.toLowerCase();
      searchText.set(row, text);
    }
    return words.every((w) => text.includes(w));
  });
}

/** The energy types present in the fleet, for the filter (sorted by number, as smart-me orders them). */
export function energyTypesOf(rows: readonly DeviceRow[]): number[] {
  const types = new Set<number>();
  for (const r of rows) if (r.energyType !== null) types.add(r.energyType);
  return [...types].sort((a, b) => a - b);
}
