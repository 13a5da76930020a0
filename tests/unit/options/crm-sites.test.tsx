// Options → CRM sites: a bare host is taken as https; adding says what was added and whether the
// browser granted access; a refused grant says so and keeps the input.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CrmSitesSettings } from '@/components/options/CrmSitesSettings';
import { translator } from '@/lib/i18n';
import type { EffectiveSettings } from '@/lib/settings';
import { settingsOf } from './helpers';

function show(settings: EffectiveSettings, update = vi.fn().mockResolvedValue(undefined)) {
  render(<CrmSitesSettings settings={settings} update={update} t={translator('zh-CN')} locale="zh-CN" />);
  return update;
}

const type = (value: string) => {
  fireEvent.change(screen.getByRole('textbox', { name: 'CRM 网站' }), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: '添加网站' }));
};

describe('CRM sites', () => {
  it('accepts a bare host as https and says it was added with access granted', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    const update = show(settingsOf());
    type('crm.example-bank.cn');
    expect((await screen.findByTestId('crm-sites-message')).textContent).toBe('已添加 https://crm.example-bank.cn/*，已获得访问授权：打开或刷新该网站的页面，面板即可读取。');
    expect(request).toHaveBeenCalledWith({ origins: ['https://crm.example-bank.cn/*'] });
    expect(update).toHaveBeenCalledWith({ crmOrigins: ['https://crm.example-bank.cn/*'] });
    expect((screen.getByRole('textbox', { name: 'CRM 网站' }) as HTMLInputElement).value).toBe('');
  });

  it('says when access was not granted, adds nothing and keeps the input', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    const update = show(settingsOf());
    type('https://crm.example-bank.cn/case/1');
    expect((await screen.findByRole('alert')).textContent).toBe('未添加：未获得 https://crm.example-bank.cn/* 的访问授权（浏览器询问时请选择“允许”）。');
    expect(update).not.toHaveBeenCalled();
    expect((screen.getByRole('textbox', { name: 'CRM 网站' }) as HTMLInputElement).value).toBe('https://crm.example-bank.cn/case/1');
  });

  it('lists each site with whether access is granted', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p) => p.origins?.[0] === 'https://a.bank.cn/*');
    show(settingsOf({ crmOrigins: ['https://a.bank.cn/*', 'https://b.bank.cn/*'] }));
    await waitFor(() => expect(screen.getAllByTestId('site-access').map((s) => s.textContent)).toEqual(['已授权', '未授权：重新添加以授权']));
  });
});
