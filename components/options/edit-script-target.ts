// The options page opened at a script of the pack editor: `options.html#edit-script=<packId>/<scriptId>`
// (the team dashboard links weak scripts this way). The editor loads that pack and scrolls to the script.
import { useEffect, useRef } from 'react';
import type { Draft } from './draft';

export interface EditScriptTarget {
  packId: string;
  scriptId: string;
}

export function parseEditScriptHash(hash: string): EditScriptTarget | null {
  const m = /^#edit-script=([^/]+)\/(.+)$/.exec(hash);
  if (!m) return null;
  try {
    return { packId: decodeURIComponent(m[1]!), scriptId: decodeURIComponent(m[2]!) };
  } catch {
    return null;
  }
}

/** Once the draft holds the target pack, bring its script's editor into view and focus its text. */
export function useScrollToScript(target: EditScriptTarget | null, draftId: string | undefined): void {
  const done = useRef(false);
  useEffect(() => {
    if (!target || done.current || draftId !== target.packId) return;
    const el = [...document.querySelectorAll<HTMLElement>('[data-script-id]')].find((e) => e.dataset.scriptId === target.scriptId);
    if (!el) return;
    done.current = true;
    el.scrollIntoView?.({ block: 'center' });
    el.classList.add('editor-target');
    el.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  });
}

/** Whether replacing the draft would lose the supervisor's writing (a blank new draft would not). */
export function draftHasContent(d: Draft): boolean {
  return d.scenarios.some((sc) => sc.title.trim() || sc.examples.some((e) => e.trim()) || sc.scripts.some((s) => s.text.trim()));
}
