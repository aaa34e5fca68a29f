/** One request the simulator served: what tests count (e.g. "a POST was never retried"). */
export interface RequestEvent {
  method: string;
  /** Normalized path (lower case, no `/api`). */
  path: string;
  /** The status sent, or 'dropped' when a fault destroyed the connection. */
  status: number | 'dropped';
  /** Labels of the faults applied (`latency`, `status-429`, `drop`, `slow-body`, `html`, `invalid-json`). */
  faults: string[];
  /** The account's user name when the request authenticated. */
  user?: string;
}
