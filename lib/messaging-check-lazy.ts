// The full message schemas (messaging-check.ts, built on zod) for extension pages that should not
// wait for them before their first render (the side panel): loaded when the page first listens;
// messages that arrive meanwhile are checked once they have loaded, in the order they came.
import type { PayloadCheck } from './messaging';

let schemas: Promise<typeof import('./messaging-check')> | null = null;

/** A payload check that loads the full schemas on first use (call it when you start listening). */
export function lazyParseMessage(): PayloadCheck {
  schemas ??= import('./messaging-check');
  const loaded = schemas;
  return (type, data) => loaded.then((m) => m.parseMessage(type, data));
}
