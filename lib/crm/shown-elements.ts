// The elements the content script last read the debtor's fields from, kept in the extension's
// isolated world (the page's scripts cannot reach it) so that the page tools, injected when the
// agent asks "where was this read?", outline the very element ('crm:highlight'). The content
// script keeps elements, not selectors: naming each with a selector on every read cost code in
// every CRM page and time in every read.
import type { FieldName } from '@/lib/extract/types';

export type ShownElements = Partial<Record<FieldName, Element>>;

const holder = globalThis as unknown as { __daihouShown?: ShownElements };

/** Called by the content script after each read. */
export function keepShown(elements: ShownElements): void {
  holder.__daihouShown = elements;
}

/** The element `field` was last read from, while it is still on the page. */
export function shownElement(field: FieldName): Element | null {
  const el = holder.__daihouShown?.[field];
  return el?.isConnected ? el : null;
}
