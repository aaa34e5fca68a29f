/**
 * Helpers for the smart-me integer enums. The API sends integers (never names), so every table needs a
 * reverse lookup for display; unknown integers must still print as something a technician can report.
 */

/** A const object mapping enum member names to their wire integers. */
export type EnumObject = Readonly<Record<string, number>>;

/** The union of an enum object's integer values, e.g. `0 | 1 | 2 | 3`. */
export type EnumValue<T extends EnumObject> = T[keyof T];

/** Reverses a const enum object into an integer → member-name table (built once, used for display). */
export function namesOf(values: EnumObject): Readonly<Record<number, string>> {
  const names: Record<number, string> = {};
  for (const [name, value] of Object.entries(values)) names[value] = name;
  return Object.freeze(names);
}

/**
 * The name of an integer in a name table; an integer the table does not know (a newer API) becomes
 * `Unknown (14)` so it is shown, not hidden.
 */
export function enumName(names: Readonly<Record<number, string>>, value: number | null | undefined): string {
  if (value === null || value === undefined) return 'Unknown';
  return names[value] ?? `Unknown (${value})`;
}
