// The context card and the panel's empty and error states on the fake connector: sure values as
// fact, doubtful ones marked 请核对 (and blank in scripts), missing ones blank, a list page, a page
// that is no CRM case, no tab, a tab whose context cannot be read, and corrections shown live.
import { cleanup } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bucketFromDays } from '@/lib/domain/bucket';
import { addPromise, db, flagBrokenPromises } from '@/lib/db';
import { act, casePage, CASE_KEY, field, fireEvent, renderDebtor, renderPanel, say, showFullTexts, screen, waitFor } from './helpers';

const figure = (name: string) => document.querySelector(`[data-testid="context-card"] [data-field="${name}"]`) as HTMLElement | null;

describe('context card', () => {
  it('shows sure values as fact: name, money with its sign, days past due with the bucket, no 请核对', async () => {
    await renderDebtor({ page: casePage({ amountOverdue: field(12345.6), daysPastDue: field(47) }) });
    expect(figure('name')!.textContent).toBe('张伟');
    expect(figure('amountOverdue')!.querySelector('strong')!.textContent).toBe('¥12,345.60');
    expect(figure('daysPastDue')!.querySelector('strong')!.textContent).toBe('47');
    expect(figure('bucket')!.textContent).toBe(bucketFromDays(47));
    expect(screen.queryAllByTestId(/^check-/)).toEqual([]);
  });

  it('marks a doubtful value 请核对 with its confidence, and leaves it blank in the scripts', async () => {
    await renderDebtor({ page: casePage({ amountOverdue: field(12345.6, 0.5), daysPastDue: field(47) }) });
    const mark = screen.getByTestId('check-amountOverdue');
    expect(mark.textContent).toBe('请核对');
    expect(mark.getAttribute('title')).toContain('50%');
    expect(screen.queryByTestId('check-daysPastDue')).toBeNull();
    expect(figure('amountOverdue')!.querySelector('strong')!.textContent).toBe('¥12,345.60'); // shown, with doubt

    say('现在手上没钱');
    fireEvent.click(await screen.findByTestId('verify-identity'));
    showFullTexts();
    await waitFor(() => expect(document.querySelector('[data-testid="script-card"] [data-var="amountOverdue"]')).not.toBeNull());
    for (const slot of document.querySelectorAll('[data-testid="script-card"] [data-var="amountOverdue"]')) {
      expect(slot.className).toBe('blank');
      expect(slot.textContent).toBe('待填');
    }
  });

  it('shows on the CRM page where a doubtful value was read, and says so when the page no longer has it', async () => {
    const doubtful = { ...field(12345.6, 0.5), source: { method: 'table' as const } };
    const connector = await renderDebtor({ page: casePage({ amountOverdue: doubtful }) });
    const mark = screen.getByTestId('check-amountOverdue');
    expect(mark.tagName).toBe('BUTTON');
    fireEvent.click(mark);
    await waitFor(() => expect(connector.highlighted).toEqual(['amountOverdue']));
    expect(screen.queryByTestId('locate-failed-amountOverdue')).toBeNull();
    cleanup();

    const gone = await renderDebtor({ page: casePage({ amountOverdue: doubtful }), highlightResult: false });
    fireEvent.click(screen.getByTestId('check-amountOverdue'));
    expect((await screen.findByTestId('locate-failed-amountOverdue')).textContent).toContain('请人工核对');
    expect(gone.highlighted).toEqual(['amountOverdue']);
  });

  it('leaves what the page did not show blank, never guessed', async () => {
    await renderDebtor({ page: casePage({ name: undefined }) });
    expect(figure('name')!.textContent).toBe('未读取到');
    expect(figure('name')!.getAttribute('data-value')).toBe('');
    expect(figure('amountOverdue')!.querySelector('strong')!.textContent).toBe('—');
    expect(figure('daysPastDue')!.querySelector('strong')!.textContent).toBe('—');
    expect(figure('bucket')).toBeNull();
  });

  it('a correction is stored and shown at once, marked 已更正', async () => {
    await renderDebtor({ page: casePage({ amountOverdue: field(12345.6, 0.5) }) });
    fireEvent.click(screen.getByRole('button', { name: '更正“逾期金额”' }));
    fireEvent.change(screen.getByRole('textbox', { name: '更正“逾期金额”' }), { target: { value: '9800' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(figure('amountOverdue')!.getAttribute('data-value')).toBe('9800'));
    expect(figure('amountOverdue')!.textContent).toContain('已更正');
    expect(screen.queryByTestId('check-amountOverdue')).toBeNull(); // the agent's value is sure
    expect((await db.debtors.get(CASE_KEY))?.corrections.amountOverdue?.value).toBe(9800);
  });

  it('follows the background: a promise it marks broken shows as broken, flagged, without a refresh', async () => {
    await addPromise(CASE_KEY, { amount: 500, dueDate: '2026-11-20', method: '手机银行' });
    await renderDebtor();
    await waitFor(() => expect(figure('lastPromise')?.getAttribute('data-value')).toBe('pending'));
    expect(screen.queryByTestId('broken-promise')).toBeNull();

    await flagBrokenPromises('2026-11-23'); // what the service worker's daily check does
    await waitFor(() => expect(figure('lastPromise')?.getAttribute('data-value')).toBe('broken'));
    expect(screen.getByTestId('broken-promise').textContent).toContain('2026-11-20');

    fireEvent.click(screen.getByRole('button', { name: '知道了' }));
    await waitFor(() => expect(screen.queryByTestId('broken-promise')).toBeNull());
    expect((await db.promises.toArray()).map((p) => p.acknowledgedAt !== undefined)).toEqual([true]);
  });
});

describe('empty and error states', () => {
  it('a case list is no debtor: it says so, offers no call and writes no record', async () => {
    await renderPanel({ page: casePage({}, { page: { kind: 'list', rows: 20, openDetail: false } }) });
    expect(screen.getByTestId('list-page').textContent).toContain('案件列表页');
    expect(screen.queryByTestId('context-card')).toBeNull();
    expect(screen.queryByTestId('start-call')).toBeNull();
    expect(await db.debtors.count()).toBe(0);
  });

  it('a page with no debtor (not a CRM case) says how to add the site', async () => {
    await renderPanel({ page: null });
    const empty = screen.getByTestId('empty-state');
    expect(empty.textContent).toContain('此页面未找到客户信息');
    expect(empty.textContent).toContain('CRM 网站');
    expect(screen.queryByTestId('context-card')).toBeNull();
  });

  it('"设置 → CRM 网站" in the empty state is a link that opens the options page at that section', async () => {
    const conn = await renderPanel({ page: null });
    const link = screen.getByRole('link', { name: '设置 → CRM 网站' });
    expect(screen.getByTestId('empty-state').textContent).toBe('此页面未找到客户信息如果这是催收系统页面，请在“设置 → CRM 网站”中添加该网站，或在设置中为它配置字段规则。');
    fireEvent.click(link);
    expect(conn.optionsOpened).toEqual(['crm-sites']);
  });

  it('a panel with no tab says there is nothing to read', async () => {
    await renderPanel({ tabId: null });
    expect(screen.getByTestId('empty-state').textContent).toBe('没有可读取的标签页');
  });

  it('a tab whose context cannot be read shows the error, and the next context replaces it', async () => {
    const connector = await renderPanel({ page: casePage(), contextError: new Error('标签页已关闭') });
    expect(screen.getByTestId('empty-state').textContent).toBe('出错了：标签页已关闭');
    expect(screen.queryByTestId('context-card')).toBeNull();
    connector.failContext(null);
    act(() => connector.show(casePage()));
    expect((await screen.findByTestId('context-card', {}, { timeout: 5_000 })).textContent).toContain('张伟');
  });

  it('an unavailable database is said, while the page’s own data still shows', async () => {
    await renderDebtor({ page: casePage({ amountOverdue: field(3000) }), records: { debtor: () => Promise.reject(new Error('IndexedDB 已损坏')) } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('IndexedDB 已损坏'));
    expect(screen.getByRole('alert').textContent).toContain('本地数据库不可用');
    expect(figure('amountOverdue')!.getAttribute('data-value')).toBe('3000');
  });

  it('debtor tools that cannot load, or a pack that cannot, show an error instead of the tools', async () => {
    await renderPanel({ page: casePage(), servicesError: new Error('chunk 加载失败') });
    expect(screen.getByTestId('empty-state').textContent).toBe('出错了：chunk 加载失败');
    expect(screen.queryByTestId('start-call')).toBeNull();
    cleanup();
    await renderPanel({ page: casePage(), loadPack: () => Promise.reject(new Error('签名无效')) });
    expect(screen.getByTestId('empty-state').textContent).toContain('签名无效');
    expect(screen.queryByTestId('start-call')).toBeNull();
  });

  it('a page naming nobody with certainty keeps no record and says why', async () => {
    await renderPanel({ page: casePage({ name: field('张伟', 0.5), caseId: undefined }) });
    expect(screen.getByTestId('identity-unsure')).toBeTruthy();
    expect(await db.debtors.count()).toBe(0);
  });
});
