// Which debtor the panel shows: the CRM tab's, unless a call is in progress on another one. A call
// belongs to its debtor until it is saved or discarded; the CRM moving on never moves the call.
import type { DebtorContext } from '../extract/types';

/** A debtor as the panel holds it: its key, the CRM snapshot and the tab it came from. */
export interface DebtorOnScreen {
  key: string;
  context: DebtorContext;
  tabId: number;
}

export type PanelBinding =
  /** No call held: the panel follows the CRM tab (which may show no debtor at all). */
  | { kind: 'tab'; debtor: DebtorOnScreen }
  | { kind: 'none' }
  /** A call holds its debtor while the CRM shows another one (`crm`), or none (`crm: null`). */
  | { kind: 'call'; debtor: DebtorOnScreen; crm: DebtorOnScreen | null };

/** `tab`: the debtor in the CRM tab now (null: loading, no debtor, no tab). `call`: the live
 *  call's debtor (null: no call in progress, or it was saved or discarded). */
export function bindPanel(tab: DebtorOnScreen | null, call: DebtorOnScreen | null): PanelBinding {
  if (!call) return tab ? { kind: 'tab', debtor: tab } : { kind: 'none' };
  // Same debtor: the tab's snapshot is the fresher one.
  if (tab && tab.key === call.key) return { kind: 'tab', debtor: tab };
  return { kind: 'call', debtor: call, crm: tab };
}

/** "张伟（CS-2026-004817）": name with the case or account id, either alone when the other is missing. */
export function debtorLabel(ctx: DebtorContext): string {
  const text = (f: DebtorContext['fields']['name']) => (f ? f.raw.trim() || String(f.value).trim() : '');
  const name = text(ctx.fields.name);
  const id = text(ctx.fields.caseId) || text(ctx.fields.accountId);
  if (name && id) return `${name}（${id}）`;
  return name || id;
}
