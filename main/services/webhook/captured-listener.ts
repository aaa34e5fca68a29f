import { randomBytes } from 'node:crypto';
import { bulkDecode } from '../captures/bulk-decode.ts';
import {
  openCaptureWriter,
  type CaptureWriter,
  type CaptureWriterOptions,
  type RequestInput,
} from '../captures/capture-writer.ts';
import type { BasicCredentials } from './basic-auth.ts';
import { startListener, type Listener } from './listener.ts';
import type { RandomBytes } from './secret-path.ts';

/** The listener settings a live session chooses; the capture file is named when it is opened. */
export interface CapturedListenerOptions {
  port?: number;
  secret?: string;
  basicAuth?: BasicCredentials;
  maxBodyBytes?: number;
  /** The secret path's randomness; node:crypto by default. */
  random?: RandomBytes;
  onError?(error: Error): void;
  /** Told of each request once it is durably in the file, before it is answered (the Live view's ring). */
  onStored?(input: RequestInput, stored: { seq: number; offset: number }): void;
}

/** A listener whose requests go to a capture file that is opened after it (its URLs are in the file). */
export interface CapturedListener {
  readonly listener: Listener;
  /** Opens the capture file; the requests received until then wait for it and are written first, in order. */
  openCapture(path: string, options: CaptureWriterOptions): Promise<CaptureWriter>;
  /**
   * Closes the listener (pending answers go out), then the file; without a file, waiting requests fail.
   * Safe to call more than once.
   */
  close(): Promise<void>;
}

/**
 * Starts the webhook listener of a live session (CLI `listen` and the Live view) with its capture file
 * still to come: the session record names the listener's URL (and the verified public one), so the file is
 * opened once those are known, and nothing the listener received before is lost.
 */
export async function startCapturedListener(options: CapturedListenerOptions): Promise<CapturedListener> {
  const file = deferred<CaptureWriter>();
  const listener = await startListener({
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.secret !== undefined ? { secret: options.secret } : {}),
    ...(options.basicAuth ? { basicAuth: options.basicAuth } : {}),
    ...(options.maxBodyBytes ? { limits: { maxBodyBytes: options.maxBodyBytes } } : {}),
    random: options.random ?? ((n) => randomBytes(n)),
    capture: {
      append: async (input) => {
        const stored = await (await file.promise).append(input);
        options.onStored?.(input, stored);
        return stored;
      },
    },
    decode: bulkDecode,
    ...(options.onError ? { onError: options.onError } : {}),
  });
  let writer: CaptureWriter | undefined;
  let closed: Promise<void> | undefined;
  const close = async () => {
    file.reject(new Error('The live capture stopped before its file was opened.'));
    await listener.close();
    await writer?.close();
  };
  return {
    listener,
    async openCapture(path, writerOptions) {
      writer = await openCaptureWriter(path, writerOptions);
      file.resolve(writer);
      return writer;
    },
    close: () => (closed ??= close()),
  };
}

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: Error) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}
