/**
 * Bounds the work a flood can cause: at most `maxInFlight` requests being read or committed, and at most
 * `maxBufferedBytes` of bodies held in memory. Whatever does not fit is turned away with 503 + Retry-After
 * at once, so memory never grows with the flood and the sender knows to come back.
 */
export class Admission {
  private active = 0;
  private buffered = 0;

  constructor(
    private readonly maxInFlight: number,
    private readonly maxBufferedBytes: number,
  ) {}

  /** Requests admitted and not yet answered. */
  get inFlight(): number {
    return this.active;
  }

  /** Body bytes currently held. */
  get bufferedBytes(): number {
    return this.buffered;
  }

  /** Admits one request, or says no when the cap is reached. */
  tryEnter(): boolean {
    if (this.active >= this.maxInFlight) return false;
    this.active += 1;
    return true;
  }

  /** Ends an admitted request and gives back the body bytes it held. */
  leave(heldBytes: number): void {
    this.active -= 1;
    this.release(heldBytes);
  }

  /** Gives back body bytes reserved outside an admitted request (probes). */
  release(heldBytes: number): void {
    this.buffered -= heldBytes;
  }

  /** Reserves room for a body chunk; false when the memory budget would be exceeded. */
  reserve(bytes: number): boolean {
    if (this.buffered + bytes > this.maxBufferedBytes) return false;
    this.buffered += bytes;
    return true;
  }
}
