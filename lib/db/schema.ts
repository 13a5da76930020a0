// Entity types of the product's database. One interface per table.
import type { DebtorContext, DebtorFields } from '../extract/types';

export interface DebtorRecord {
  /** CRM origin + '|' + account id (see debtorKey). */
  key: string;
  origin: string;
  accountId: string;
  name: string;
  /** Latest context snapshot seen on the CRM page. */
  snapshot: DebtorContext;
  /** Fields the agent corrected by hand; they win over the page. */
  corrections: DebtorFields;
  /** IANA time zone, when known (else derived from region, else Asia/Shanghai). */
  timeZone?: string;
  /** URL of the debtor's CRM page, to open it from a reminder. */
  url?: string;
  updatedAt: number;
}

export interface NoteRecord {
  id?: number;
  debtorKey: string;
  callId?: number;
  text: string;
  /** A draft is the note being typed; it becomes final when the call is saved. */
  draft: 0 | 1; // a number: IndexedDB cannot index booleans
  createdAt: number;
  updatedAt: number;
}
