// Loads the bundled default pack inside the extension (side panel, options). Browser only:
// the Node loader lives in load-node.ts so the panel bundle never pulls in `fs`.
import { browser } from 'wxt/browser';
import type { Pack } from './schema';
import { validatePack, type PackError } from './validate';

export const DEFAULT_PACK_PATH = '/packs/default.json';

export class PackLoadError extends Error {
  constructor(
    message: string,
    readonly errors: PackError[] = [],
  ) {
    super(message);
  }
}

/** Fetch and validate public/packs/default.json from the extension package. */
export async function loadDefaultPack(): Promise<Pack> {
  // getURL is typed with the public paths known at the last `wxt prepare`; the pack is one of them.
  const url = (browser.runtime.getURL as (path: string) => string)(DEFAULT_PACK_PATH);
  const res = await fetch(url);
  if (!res.ok) throw new PackLoadError(`default pack: HTTP ${res.status}`);
  return parsePackText(await res.text());
}

/**
 * Validate the bundled pack's JSON text or throw with the path-named errors. The compliance lint
 * is skipped here (it would add tens of ms to every panel start): the bundled pack ships with the
 * extension and its tests lint every script (tests/unit/packs/default-pack.test.ts).
 */
export function parsePackText(text: string): Pack {
  const result = validatePack(text, 'zh-CN', { lint: false });
  if (!result.ok) throw new PackLoadError(`invalid pack: ${result.errors[0]?.path} ${result.errors[0]?.message}`, result.errors);
  return result.pack;
}
