// The debtor context read from a CRM page: the shared contract between the content script,
// the panel, the database and the tests. Field names are the ids of shared/domain.md §7.
import type { CrmHistory } from './crm-history';

export const FIELD_NAMES = [
  'name',
  'accountId',
  'phone',
  'amountOverdue',
  'currency',
  'daysPastDue',
  'bucket',
  'product',
  'principal',
  'creditLimit',
  'minimumPayment',
  'lastPaymentDate',
  'lastPaymentAmount',
  'region',
  'guarantor',
  'caseId',
] as const;

export type FieldName = (typeof FIELD_NAMES)[number];

/** How a value was found; `selector` lets the page element be highlighted again. */
export interface FieldSource {
  /** `title`: no label named the debtor; the title of the block showing their details did (lib/extract/title-name.ts). */
  method: 'table' | 'dl' | 'colon' | 'sibling' | 'form' | 'title' | 'adapter' | 'manual' | 'derived';
  /** CSS selector of the value element, relative to its frame / shadow root chain. */
  selector?: string;
  /** The label text that was matched, as shown on the page. */
  label?: string;
  /** Path of frames and shadow hosts leading to the element, outermost first. */
  path?: string[];
}

export interface ExtractedField {
  /** Normalized value: numbers for amounts and days, ISO dates, strings otherwise. */
  value: string | number;
  /** The text as shown on the page (masked values stay masked). */
  raw: string;
  /** 0..1 */
  confidence: number;
  source: FieldSource;
  /** True when the agent corrected this field by hand. */
  corrected?: boolean;
  /** Why this value was chosen and what lowered its confidence (codes, see docs/extraction.md). */
  why?: string[];
}

export type DebtorFields = Partial<Record<FieldName, ExtractedField>>;

export interface DebtorContext {
  /** Page URL without query secrets (origin + pathname + hash). */
  url: string;
  origin: string;
  fields: DebtorFields;
  /** Epoch ms. */
  extractedAt: number;
  /** One debtor, or a list of many (a case queue: no debtor, whatever its first row says). */
  page?: { kind: 'debtor' | 'list'; rows: number; openDetail: boolean };
  /** The CRM's own last contact and last promise, as the page shows them. */
  crmHistory?: CrmHistory;
  /** The collector logged in to the CRM, as its header shows (not the debtor): fills the agent's own script variables. */
  agent?: { id?: string; name?: string };
}

export function hasDebtor(ctx: DebtorContext | null | undefined): ctx is DebtorContext {
  if (!ctx || ctx.page?.kind === 'list') return false;
  return Boolean(ctx.fields.name || ctx.fields.accountId || ctx.fields.caseId);
}
