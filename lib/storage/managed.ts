// Enterprise policy (storage.managed) as the rest of the product reads it: every policy value
// read and watched here. Values are untrusted until the reader checks them (lib/settings.ts picks
// and type-checks the settings it knows; subscriptions clamp packCheckHours).
import { browser } from 'wxt/browser';

/** What policy sets (only `keys` when given); {} when there is no policy or it cannot be read. */
export async function readManagedRaw(keys?: string | string[]): Promise<Record<string, unknown>> {
  try {
    const raw = (await (keys === undefined ? browser.storage.managed.get() : browser.storage.managed.get(keys))) as Record<string, unknown> | undefined;
    return raw ?? {};
  } catch {
    return {}; // no policy (Firefox without policy, tests)
  }
}

/** Called whenever an administrator changes policy; returns the unsubscribe. */
export function watchManaged(cb: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
