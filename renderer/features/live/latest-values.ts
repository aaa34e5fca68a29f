import type { LiveFrame } from '../../../shared/contract/events/live-frames.ts';

/** The newest reading of one device: what the "latest values" panel shows. */
export interface LatestReading {
  deviceId: string;
  /** The device's own timestamp of the reading. */
  dateTime: string;
  receivedAt: string;
  values: { obis: string; value: number }[];
}

/**
 * The latest values per device, updated batch by batch. "Which meter is in which flat": switch a load on
 * and watch which device's power jumps. A device's values are merged (a partial push keeps the others).
 */
export class LatestValues {
  readonly #byDevice = new Map<string, LatestReading>();

  update(frames: readonly LiveFrame[]): void {
    for (const frame of frames) {
      for (const item of frame.items) {
        const previous = this.#byDevice.get(item.deviceId);
        const values = new Map((previous?.values ?? []).map((v) => [v.obis, v.value]));
        for (const v of item.values) values.set(v.obis, v.value);
        this.#byDevice.set(item.deviceId, {
          deviceId: item.deviceId,
          dateTime: item.dateTime,
          receivedAt: frame.receivedAt,
          values: [...values]
            .map(([obis, value]) => ({ obis, value }))
            .sort((a, b) => a.obis.localeCompare(b.obis)),
        });
      }
    }
  }

  /**
   * The devices whose GUID contains `filter`, in a stable order (by GUID: cards do not jump around while
   * values change), at most `limit` of them, and how many matched in all.
   */
  rows(filter = '', limit = Infinity): { rows: LatestReading[]; matched: number } {
    const wanted = filter.trim().toLowerCase();
    const all = [...this.#byDevice.values()].filter((r) => wanted === '' || r.deviceId.includes(wanted));
    all.sort((a, b) => a.deviceId.localeCompare(b.deviceId));
    return { rows: all.slice(0, limit), matched: all.length };
  }

  clear(): void {
    this.#byDevice.clear();
  }
}
