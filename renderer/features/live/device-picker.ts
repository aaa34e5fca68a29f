/** A device the Live view can register a webhook for. */
export interface PickableDevice {
  id: string;
  name: string;
  serial: string;
}

/** How many suggestions the picker shows: enough to choose from, few enough to render at once. */
export const PICKER_SUGGESTIONS = 50;

/** The text a device is shown and typed as: its name (or serial) and serial, e.g. `Flat 2 (71741800)`. */
export function deviceLabel(d: PickableDevice): string {
  return `${d.name || d.serial} (${d.serial})`;
}

/**
 * The suggestions for what was typed: devices whose label or ID contain every word, at most `limit`.
 * An account of 10,000 meters must not put 10,000 options into the page (a second-long freeze).
 */
export function matchDevices(
  devices: readonly PickableDevice[],
  query: string,
  limit = PICKER_SUGGESTIONS,
): PickableDevice[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const out: PickableDevice[] = [];
  for (const d of devices) {
    if (out.length >= limit) break;
    const text = `${deviceLabel(d)} ${d.id}`.toLowerCase();
    if (words.every((w) => text.includes(w))) out.push(d);
  }
  return out;
}

/** The one device the text names exactly (its label, serial or ID, any case), or undefined. */
export function pickDevice(devices: readonly PickableDevice[], text: string): PickableDevice | undefined {
  const t = text.trim().toLowerCase();
  if (!t) return undefined;
  return devices.find(
    (d) => deviceLabel(d).toLowerCase() === t || d.serial.toLowerCase() === t || d.id.toLowerCase() === t,
  );
}
