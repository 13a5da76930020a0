// Runs the CRM content script on origins added at run time (options page or policy), beyond the
// demo origins in the manifest. Only origins the user (or admin) granted host permission for.
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from '@/lib/crm/content-script-file';

export { CONTENT_SCRIPT_FILE };

export const EXTRA_SCRIPT_ID = 'daihou-crm-extra';

/** A match pattern the content script may run on: http(s), a host, a path. */
export function isValidCrmPattern(pattern: string): boolean {
  return /^(https?|\*):\/\/(\*|(\*\.)?[a-z0-9.-]+)(:\d+)?\/.*$/i.test(pattern.trim());
}

/** A bare host as supervisors type it ("crm.example-bank.cn", "crm.bank.cn:8443/app"): taken as https. */
const BARE_HOST = /^(?:localhost|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+|\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?(?:[/?#].*)?$/i;

/** Turn what a supervisor types (a URL, a bare host or a pattern) into a match pattern. */
export function toMatchPattern(input: string): string | null {
  let s = input.trim();
  if (!s.includes('://') && !s.includes('*') && BARE_HOST.test(s)) s = `https://${s}`;
  // A pattern has a wildcard; an address (even with a path) means its whole site.
  if (s.includes('*')) return isValidCrmPattern(s) ? s : null;
  try {
    const u = new URL(s);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

export async function syncCrmContentScripts(patterns: string[]): Promise<string[]> {
  const valid = [...new Set(patterns.map((p) => toMatchPattern(p)).filter((p): p is string => p !== null))];
  const granted: string[] = [];
  for (const p of valid) {
    if (await browser.permissions.contains({ origins: [p] })) granted.push(p);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [EXTRA_SCRIPT_ID] });
  const current = existing[0]?.matches ?? [];
  // Registrations persist across sessions: a service-worker wake with the same origins changes
  // nothing. One made by an older build may name a file this build no longer has
  // (content-scripts/crm.js): it is made again.
  const sameFile = existing[0]?.js?.length === 1 && existing[0].js[0]?.replace(/^\//, '') === CONTENT_SCRIPT_FILE;
  if (sameFile && current.length === granted.length && current.every((m) => granted.includes(m))) return granted;
  if (!existing.length && !granted.length) return granted;
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [EXTRA_SCRIPT_ID] });
  if (granted.length) {
    await browser.scripting.registerContentScripts([
      {
        id: EXTRA_SCRIPT_ID,
        matches: granted,
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle',
        allFrames: true,
        persistAcrossSessions: true,
      },
    ]);
  }
  return granted;
}
