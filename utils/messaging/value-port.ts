/**
 * A direct MessagePort from the top frame's content script to the panel
 * frame, for value updates. `runtime.sendMessage` routes each keystroke
 * through the extension messaging of the browser to every extension page
 * and the background, and a MessagePort connects the two frames alone.
 *
 * The panel host posts an offer with a new port to the panel frame each time
 * the frame loads, with the frame's own token and the extension's origin as
 * the target, so only the panel document receives it. The panel accepts an
 * offer only from its parent window and only with the token of its URL
 * fragment, which the background confirmed for the tab. Page scripts can
 * read neither the token nor the port, which stays in the content script's
 * isolated world.
 */

/** Posted by the panel host to the panel frame, with the port in `ports`. */
export interface ValuePortOffer {
  type: 'vigila-value-port';
  token: string;
}

/** Posted by the panel on the port once it listens for value updates. */
export interface ValuePortReady {
  type: 'value-port-ready';
}

export const VALUE_PORT_OFFER: ValuePortOffer['type'] = 'vigila-value-port';
export const VALUE_PORT_READY: ValuePortReady['type'] = 'value-port-ready';

/** Tells whether a message event's data is an offer with the panel's own token. */
export function isValuePortOffer(data: unknown, token: string): boolean {
  const offer = data as Partial<ValuePortOffer> | null;
  return (
    typeof offer === 'object' &&
    offer !== null &&
    offer.type === VALUE_PORT_OFFER &&
    typeof offer.token === 'string' &&
    token !== '' &&
    offer.token === token
  );
}
