import type { WebSocket } from 'ws';
import { errorEnvelope, PLUMBING_ERROR_CODES } from '../../shared/contract/envelope.ts';
import {
  decodeSocketMessage,
  encodeSocketMessage,
  isSocketCall,
  type SocketMessage,
} from '../../shared/contract/socket-protocol.ts';
import type { Handlers } from '../ipc/create-handlers.ts';
import type { EventSink } from '../ipc/event-hub.ts';

/** The sender the handler wrapper checks for the browser host: the socket, and whether it passed the gate. */
export interface WebSender {
  socket: WebSocket;
  authenticated: boolean;
}

/**
 * Serves the contract on one authenticated WebSocket: calls in, envelopes and events out. A message that is
 * not a well-formed call is answered (when it has an id) or ignored; it never closes the socket or the app.
 */
export function serveSocket(
  socket: WebSocket,
  handlers: Handlers<WebSender>,
  subscribe: (sink: EventSink) => () => void,
): void {
  const sender: WebSender = { socket, authenticated: true };
  const send = (message: SocketMessage): void => {
    if (socket.readyState === socket.OPEN) socket.send(encodeSocketMessage(message));
  };
  const unsubscribe = subscribe((name, payload) => send({ type: 'event', name, payload }));
  socket.on('close', unsubscribe);
  // Oversized or broken frames end this socket only; without a listener they would crash the process.
  socket.on('error', () => socket.terminate());
  socket.on('message', (data, isBinary) => {
    let message: unknown;
    try {
      if (isBinary) throw new SyntaxError('binary frame');
      message = decodeSocketMessage(data.toString());
    } catch {
      return;
    }
    if (!isSocketCall(message)) {
      const id = (message as { id?: unknown } | null)?.id;
      if (Number.isSafeInteger(id)) {
        send({
          type: 'result',
          id: id as number,
          envelope: errorEnvelope(PLUMBING_ERROR_CODES.badRequest, 'The message is not a contract call.'),
        });
      }
      return;
    }
    void handlers
      .handle(sender, message.name, message.payload)
      .then((envelope) => send({ type: 'result', id: message.id, envelope }));
  });
}
