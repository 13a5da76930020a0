// Which debtor the panel shows: the CRM tab's, unless a call holds another one (lib/call/binding).
import { describe, expect, it } from 'vitest';
import { bindPanel, debtorLabel, type DebtorOnScreen } from '@/lib/call/binding';
import type { DebtorContext } from '@/lib/extract/types';

const ORIGIN = 'http://127.0.0.1:5174';
function ctx(fields: Record<string, string>, at = 1): DebtorContext {
  const f = (value: string) => ({ value, raw: value, confidence: 0.9, source: { method: 'sibling' as const } });
  return { url: `${ORIGIN}/app.html`, origin: ORIGIN, extractedAt: at, fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, f(v)])) };
}
const on = (caseId: string, name: string, at = 1, tabId = 7): DebtorOnScreen => ({ key: `${ORIGIN}|${caseId}`, context: ctx({ name, caseId }, at), tabId });

const zhang = on('CS-2026-004817', '张伟');
const li = on('CS-2026-005102', '李秀英');

describe('bindPanel', () => {
  it('without a call, follows the tab (or shows nothing)', () => {
    expect(bindPanel(zhang, null)).toEqual({ kind: 'tab', debtor: zhang });
    expect(bindPanel(null, null)).toEqual({ kind: 'none' });
  });

  it('a call on the tab’s own debtor shows the tab’s fresher snapshot, no banner', () => {
    const fresher = on('CS-2026-004817', '张伟', 2);
    expect(bindPanel(fresher, zhang)).toEqual({ kind: 'tab', debtor: fresher });
  });

  it('a call keeps its debtor when the CRM moves to another debtor', () => {
    expect(bindPanel(li, zhang)).toEqual({ kind: 'call', debtor: zhang, crm: li });
  });

  it('a call keeps its debtor when the CRM shows no debtor, is loading, or has no tab', () => {
    expect(bindPanel(null, zhang)).toEqual({ kind: 'call', debtor: zhang, crm: null });
  });

  it('once the call is saved or discarded, the panel follows the tab again', () => {
    expect(bindPanel(li, null)).toEqual({ kind: 'tab', debtor: li });
  });
});

describe('debtorLabel', () => {
  it('name with the case id, else the account id, else either alone', () => {
    expect(debtorLabel(zhang.context)).toBe('张伟（CS-2026-004817）');
    expect(debtorLabel(ctx({ name: '王建国', accountId: '6225 **** 8812' }))).toBe('王建国（6225 **** 8812）');
    expect(debtorLabel(ctx({ caseId: 'CS-1' }))).toBe('CS-1');
    expect(debtorLabel(ctx({ name: ' 刘芳 ' }))).toBe('刘芳');
  });
});
