import type { Random } from '../random.ts';

/** Hands out unique device serial numbers (the API's int64 `Serial`). */
export interface SerialSource {
  next(): number;
}

/** Unique 8-digit serials drawn from `random`: two devices never share one, as in the cloud. */
export function createSerials(random: Random): SerialSource {
  const used = new Set<number>();
  return {
    next() {
      for (;;) {
        const serial = random.int(10_000_000, 99_999_999);
        if (!used.has(serial)) {
          used.add(serial);
          return serial;
        }
      }
    },
  };
}
