// Scripts injected into a CRM tab only when needed (the live-transcript reader, the title reader)
// meet the content script on the `window` of the extension's isolated world in that tab: the
// page's own scripts cannot see it. The content script registers a host under a key; the injected
// script finds it and hands over what it brings (`provide`).

interface Host {
  provide(what: never): void;
}

export function registerHost<H extends Host>(w: Window, key: string, host: H): void {
  (w as unknown as Record<string, unknown>)[key] = host;
}

/** The host registered under `key` in this isolated world, if any and well-formed. */
export function hostOf<H extends Host>(w: Window, key: string): H | null {
  const h = (w as unknown as Record<string, unknown>)[key] as Partial<H> | undefined;
  return h && typeof h === 'object' && typeof h.provide === 'function' ? (h as H) : null;
}
