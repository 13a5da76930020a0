// The editable field the agent last focused on the CRM page: the content script follows focus
// from the page's start (focus then moves to the panel); the page tools, injected when the agent
// inserts a script (lib/crm/insert-text.ts), read it. Both run in the extension's isolated world
// of the tab and meet on its global object, which the page's own scripts cannot see.
import { debtorIdentity } from '../extract/identity';
import type { DebtorContext } from '../extract/types';

/** A field focused longer ago than this is no longer "the field the agent is in". */
export const FOCUS_TTL_MS = 60_000;
/** Focus counts as the agent's only this soon after their own click or key press. */
const GESTURE_MS = 1_000;

interface FocusState {
  gestureAt: number;
  last: { el: HTMLElement; at: number } | null;
  /** What the page shows now, read afresh (the content script's extraction). */
  readPage?: () => DebtorContext;
}

const holder = globalThis as unknown as { __daihouFocus?: FocusState };
const state = (): FocusState => (holder.__daihouFocus ??= { gestureAt: -Infinity, last: null });

/** Remember the editable field the agent last focused on the page (focus moves to the panel).
 *  Focus the page moves by itself (no click or key of the agent's just before) or fakes (an
 *  untrusted event) is not remembered. */
export function trackFocus(doc: Document, signal: AbortSignal, now: () => number = Date.now): void {
  const opts = { capture: true, signal };
  const gesture = (e: Event) => {
    if (e.isTrusted !== false) state().gestureAt = now();
  };
  doc.addEventListener('pointerdown', gesture, opts);
  doc.addEventListener('keydown', gesture, opts);
  doc.addEventListener(
    'focusin',
    (e) => {
      const t = e.target as HTMLElement | null;
      // happy-dom has no isTrusted (undefined): only a browser's explicit `false` is a fake.
      if (t && e.isTrusted !== false && now() - state().gestureAt <= GESTURE_MS && isEditable(t)) state().last = { el: t, at: now() };
    },
    opts,
  );
  // The minute counts from when the agent left the field (to the panel), not from when they entered it.
  doc.addEventListener('focusout', (e) => {
    const last = state().last;
    if (last?.el === e.target) last.at = now();
  }, opts);
}

/** The field the agent was in within the last minute, if any. */
export function lastFocused(now: number): HTMLElement | null {
  const last = state().last;
  return last && now - last.at <= FOCUS_TTL_MS ? last.el : null;
}

/** Forget the remembered focus (tests). */
export function resetFocus(): void {
  holder.__daihouFocus = { gestureAt: -Infinity, last: null, readPage: holder.__daihouFocus?.readPage };
}

/** The content script says how to read what the page shows now. */
export function providePage(read: () => DebtorContext): void {
  state().readPage = read;
}

/**
 * Which debtor the page shows now (its identity key, read afresh by the content script; the page
 * tools compute it, so the content script carries no identity code); undefined without one.
 */
export function pageKey(): string | null | undefined {
  const read = state().readPage;
  return read ? (debtorIdentity(read())?.key ?? null) : undefined;
}

export function isEditable(el: Element): el is HTMLElement {
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled;
  if (el instanceof HTMLInputElement)
    return !el.readOnly && !el.disabled && /^(text|search|)$/i.test(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}
