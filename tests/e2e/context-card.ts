// The panel's context card as the E2E specs read it: one field's element, and waiting for its value.
import type { Page } from '@playwright/test';

/** The card's element for one field (its `data-value` is the value shown). */
export const card = (field: string): string => `[data-testid="context-card"] [data-field="${field}"]`;

/** Wait until the card shows `want` for `field`. */
export async function valueIs(panel: Page, field: string, want: string, timeout = 10_000): Promise<void> {
  await panel.waitForFunction(([sel, w]) => document.querySelector(sel!)?.getAttribute('data-value') === w, [card(field), want] as const, { timeout });
}
