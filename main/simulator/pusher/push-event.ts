/** One realtime push attempt: what tests wait for and `meterscope sim` prints. */
export interface PushEvent {
  registrationId: string;
  url: string;
  /** Simulator clock time of the push (ms). */
  atMs: number;
  deviceIds: string[];
  /** Bytes of the protobuf body. */
  bytes: number;
  /** HTTP status of the receiver's answer; absent when there was none. */
  status?: number;
  /** Why no answer came (refused, timeout, ...); absent on an answer. */
  error?: string;
  /** True when at least one device was in fast-send. */
  fastSend: boolean;
}
