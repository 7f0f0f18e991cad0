import {
  VALUE_PORT_READY,
  isValuePortOffer,
  type ValuePortReady,
} from '@/utils/messaging/value-port';
import { readPanelToken } from './panel-token';

type PortHandler = (raw: unknown) => void;

let acceptedPort: MessagePort | undefined;
const handlers = new Set<PortHandler>();

/**
 * Starts accepting the panel host's value port. It must run when the panel
 * document starts, because the host offers the port when the frame's load
 * event fires. A later offer replaces the port, as after a reload of the
 * frame.
 */
export function acceptValuePort(): void {
  const token = readPanelToken(location.hash);
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window.parent || window.parent === window) return;
    const [port] = event.ports;
    if (!port || !isValuePortOffer(event.data, token)) return;

    acceptedPort?.close();
    acceptedPort = port;
    port.onmessage = (message: MessageEvent) => {
      for (const handler of handlers) handler(message.data);
    };
    if (handlers.size > 0) announceReady(port);
  });
}

/**
 * Calls `handler` with each message of the value port, and posts the ready
 * message after which the content script sends its value updates on the
 * port. Returns the function that stops the calls.
 */
export function listenToValuePort(handler: PortHandler): () => void {
  handlers.add(handler);
  if (acceptedPort && handlers.size === 1) announceReady(acceptedPort);
  return () => handlers.delete(handler);
}

function announceReady(port: MessagePort): void {
  const ready: ValuePortReady = { type: VALUE_PORT_READY };
  port.postMessage(ready);
}
