// Options → site adapters: import refuses bad files with JSON paths and saves nothing; the form
// validates before saving; "pick on page" fills the selector or says why it cannot.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AdaptersSection } from '@/components/options/AdaptersSection';
import { translator, type Locale } from '@/lib/i18n';
import { loadSiteAdapters, saveSiteAdapters } from '@/lib/extract/adapter-store';
import type { SiteAdapter } from '@/lib/extract/adapters';
import { chooseFile } from './helpers';

const EXISTING: SiteAdapter = { id: 'bank-a', urlPattern: 'https://crm.bank-a.cn/*', fields: { name: { label: '客户姓名' } } };
const show = (locale: Locale = 'en') => render(<AdaptersSection t={translator(locale)} locale={locale} />);
const stored = () => fakeBrowser.storage.local.get('siteAdapters').then((r) => r.siteAdapters);

describe('import', () => {
  it('lists every problem with its JSON path and saves nothing', async () => {
    await saveSiteAdapters([EXISTING]);
    const before = await stored();
    show('en');
    await screen.findByText('https://crm.bank-a.cn/*');
    const bad = {
      format: 'daihou-adapters',
      version: 1,
      adapters: [
        { id: 'x', urlPattern: 'https://crm.x.cn/*', fields: { name: { selector: 'td[[[' } } },
        { id: 'x', urlPattern: 'https://crm.y.cn/*', fields: { phone: { label: '电话' } } },
      ],
    };
    chooseFile(await screen.findByTestId('adapters-import-file'), JSON.stringify(bad), 'bad.json');
    const box = await screen.findByTestId('adapters-import-issues');
    expect(box.textContent).toContain('adapters[0].fields.name.selector');
    expect(box.textContent).toContain('The CSS selector for “Name” is not valid');
    expect(box.textContent).toContain('adapters[1].id');
    expect(box.textContent).toContain('“bad.json” was not imported');
    expect(await stored()).toEqual(before);
  });

  it('explains a schema error in Chinese with its path', async () => {
    show('zh-CN');
    chooseFile(await screen.findByTestId('adapters-import-file'), JSON.stringify([{ id: 'a', urlPattern: 'x.cn', fields: { salary: { label: '工资' } } }]));
    const box = await screen.findByTestId('adapters-import-issues');
    expect(box.textContent).toMatch(/adapters\[0\]\.fields/);
    expect(box.textContent).toContain('字段名无效');
    expect(box.textContent).toContain('accountId');
    expect(await stored()).toBeUndefined();
  });

  it('says a file is not JSON and keeps the existing adapters', async () => {
    await saveSiteAdapters([EXISTING]);
    show('zh-TW');
    chooseFile(await screen.findByTestId('adapters-import-file'), '{"format": "daihou-adapters", ');
    const box = await screen.findByTestId('adapters-import-issues');
    expect(box.textContent).toContain('整個檔案');
    expect(await loadSiteAdapters()).toEqual([EXISTING]);
  });

  it('imports a valid file, replacing by id', async () => {
    await saveSiteAdapters([EXISTING]);
    show('en');
    const file = { format: 'daihou-adapters', version: 1, adapters: [{ ...EXISTING, urlPattern: 'https://crm.bank-a.cn/case/*' }, { id: 'b', urlPattern: 'b.cn', fields: { caseId: { selector: '#case' } } }] };
    chooseFile(await screen.findByTestId('adapters-import-file'), JSON.stringify(file));
    expect((await screen.findByTestId('adapters-import-done')).textContent).toBe('Imported: 1 added, 1 replaced.');
    expect((await loadSiteAdapters()).map((a) => a.urlPattern)).toEqual(['https://crm.bank-a.cn/case/*', 'b.cn']);
  });
});

describe('editor', () => {
  it('refuses an adapter without a valid pattern or any field, keeping what was typed', async () => {
    show('en');
    fireEvent.click(await screen.findByTestId('adapter-add'));
    fireEvent.change(screen.getByTestId('adapter-url-pattern'), { target: { value: '/([/' } });
    fireEvent.click(screen.getByTestId('adapter-save'));
    const issues = await screen.findByTestId('adapter-issues');
    expect(issues.textContent).toContain('Invalid URL pattern');
    expect(issues.textContent).toContain('regular expressions are not allowed');
    expect(issues.textContent).toContain('at least one field');
    expect((screen.getByTestId('adapter-url-pattern') as HTMLInputElement).value).toBe('/([/');
    expect(screen.getByTestId('adapter-url-pattern').getAttribute('aria-invalid')).toBe('true');
    expect(await stored()).toBeUndefined();
  });

  it('saves a valid adapter and lists it', async () => {
    show('en');
    fireEvent.click(await screen.findByTestId('adapter-add'));
    fireEvent.change(screen.getByTestId('adapter-url-pattern'), { target: { value: 'https://crm.bank-c.cn/*' } });
    fireEvent.change(screen.getByLabelText('Account · Label text'), { target: { value: '卡号' } });
    fireEvent.change(screen.getByLabelText('Name · CSS selector'), { target: { value: '#cust td.name' } });
    fireEvent.click(screen.getByTestId('adapter-save'));
    await screen.findByTestId('adapters-list');
    const [saved] = await loadSiteAdapters();
    expect(saved).toMatchObject({ urlPattern: 'https://crm.bank-c.cn/*', fields: { name: { selector: '#cust td.name' }, accountId: { label: '卡号' } } });
  });
});

describe('pick on page', () => {
  // The picker is injected into the CRM tab for each pick (entrypoints/picker.ts).
  let inject: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    inject = vi.fn(async () => []);
    (fakeBrowser as unknown as { scripting: { executeScript: unknown } }).scripting.executeScript = inject;
  });

  async function openEditorWithCrmTab() {
    const crm = await fakeBrowser.tabs.create({ url: 'http://127.0.0.1:5174/case.html?id=1' });
    await fakeBrowser.tabs.create({ url: 'chrome://extensions/' });
    show('zh-CN');
    fireEvent.click(await screen.findByTestId('adapter-add'));
    await waitFor(() => expect(within(screen.getByTestId('adapter-crm-tab')).getAllByRole('option')).toHaveLength(1));
    return crm.id!;
  }

  it('fills the selector with the picked chain and shows the element text', async () => {
    const crmId = await openEditorWithCrmTab();
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { chain: 'table.info td:nth-of-type(2)', text: '张伟' } } as never);
    fireEvent.click(screen.getByTestId('adapter-pick-name'));
    await waitFor(() => expect((screen.getByTestId('adapter-selector-name') as HTMLInputElement).value).toBe('table.info td:nth-of-type(2)'));
    expect(screen.getByTestId('adapter-picked-text').textContent).toContain('张伟');
    expect(inject).toHaveBeenCalledWith({ target: { tabId: crmId, frameIds: [0] }, files: ['/picker.js'] });
    expect(send).toHaveBeenCalledWith(crmId, { daihou: 1, type: 'crm:pick', data: { hint: '姓名' } }, { frameId: 0 });
  });

  it('says the page has no content script of ours', async () => {
    await openEditorWithCrmTab();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    fireEvent.click(screen.getByTestId('adapter-pick-phone'));
    expect((await screen.findByTestId('adapter-pick-error')).textContent).toBe('该页面未启用贷后助手，请先在 CRM 网站中添加该网站');
    expect((screen.getByTestId('adapter-selector-phone') as HTMLInputElement).value).toBe('');
  });

  it('leaves the selector alone when the supervisor cancels', async () => {
    await openEditorWithCrmTab();
    fireEvent.change(screen.getByTestId('adapter-selector-name'), { target: { value: '#old' } });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: null } as never);
    fireEvent.click(screen.getByTestId('adapter-pick-name'));
    await screen.findByText('已取消选取，未作更改。');
    expect((screen.getByTestId('adapter-selector-name') as HTMLInputElement).value).toBe('#old');
  });
});
