// Extraction entry point. (Skeleton: dl/dt/dd and th/td pairs only; replaced by the full
// heuristics of lib/extract.)
import type { DebtorContext, DebtorFields, FieldName } from './types';

const LABELS: Record<string, FieldName> = {
  姓名: 'name',
  客户姓名: 'name',
  账号: 'accountId',
  卡号: 'accountId',
  逾期金额: 'amountOverdue',
  逾期天数: 'daysPastDue',
};

export function extractDebtorContext(doc: Document): DebtorContext {
  const fields: DebtorFields = {};
  for (const dt of Array.from(doc.querySelectorAll('dt, th'))) {
    const label = (dt.textContent ?? '').replace(/[:：\s]/g, '');
    const field = LABELS[label];
    const valueEl = dt.nextElementSibling;
    if (!field || !valueEl || fields[field]) continue;
    const raw = (valueEl.textContent ?? '').trim();
    const num = Number(raw.replace(/[^\d.]/g, ''));
    const numeric = field === 'amountOverdue' || field === 'daysPastDue';
    fields[field] = {
      value: numeric ? num : raw,
      raw,
      confidence: 0.6,
      source: { method: dt.tagName === 'DT' ? 'dl' : 'table', label },
    };
  }
  const loc = doc.location;
  return {
    url: loc ? loc.origin + loc.pathname + loc.hash : '',
    origin: loc?.origin ?? '',
    fields,
    extractedAt: Date.now(),
  };
}
