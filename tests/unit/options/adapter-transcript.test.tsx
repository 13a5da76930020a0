// Options → site adapters → 通话转写区域: typed or picked on the page, saved with the adapter,
// refused with a clear message when a selector is bad or the area is missing.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AdaptersSection } from '@/components/options/AdaptersSection';
import { translator, type Locale } from '@/lib/i18n';
import { loadSiteAdapters } from '@/lib/extract/adapter-store';
import { transcriptAround } from '@/lib/live/transcript/find';

afterEach(cleanup);
const show = (locale: Locale = 'en') => render(<AdaptersSection t={translator(locale)} locale={locale} />);
const type = (id: string, value: string) => fireEvent.change(screen.getByTestId(id), { target: { value } });

describe('the transcript area part of an adapter', () => {
  it('saves an adapter that maps only the transcript area and its speakers, and lists it', async () => {
    show('en');
    fireEvent.click(await screen.findByTestId('adapter-add'));
    type('adapter-url-pattern', 'https://cc.bank-d.cn/*');
    type('adapter-transcript-container', '#asr .list');
    type('adapter-transcript-debtorSelector', '.from-cust');
    type('adapter-transcript-agentLabel', '坐席');
    fireEvent.click(screen.getByTestId('adapter-save'));
    await screen.findByTestId('adapters-list');
    const [saved] = await loadSiteAdapters();
    expect(saved).toMatchObject({ urlPattern: 'https://cc.bank-d.cn/*', fields: {}, transcript: { container: '#asr .list', debtorSelector: '.from-cust', agentLabel: '坐席' } });
    expect(screen.getByTestId('adapters-list').textContent).toContain('Transcript area: #asr .list');
  });

  it('refuses a bad selector and a missing area, in the UI language, keeping what was typed', async () => {
    show('zh-TW');
    fireEvent.click(await screen.findByTestId('adapter-add'));
    type('adapter-url-pattern', 'https://cc.bank-d.cn/*');
    type('adapter-transcript-container', 'div[[');
    fireEvent.click(screen.getByTestId('adapter-save'));
    const issues = await screen.findByTestId('adapter-issues');
    expect(issues.textContent).toContain('「轉寫區域選擇器」的 CSS 選擇器無效');
    expect(screen.getByTestId('adapter-transcript-container').getAttribute('aria-invalid')).toBe('true');
    type('adapter-transcript-container', '');
    type('adapter-transcript-line', '.row');
    fireEvent.click(screen.getByTestId('adapter-save'));
    await waitFor(() => expect(screen.getByTestId('adapter-issues').textContent).toContain('必須填寫轉寫區域選擇器'));
    expect((screen.getByTestId('adapter-transcript-line') as HTMLInputElement).value).toBe('.row');
    expect(await loadSiteAdapters()).toEqual([]);
  });

  describe('pick on page', () => {
    beforeEach(() => {
      (fakeBrowser as unknown as { scripting: { executeScript: unknown } }).scripting.executeScript = vi.fn(async () => []);
    });

    it('asks the page for the transcript around the click and fills the area selector', async () => {
      const crm = await fakeBrowser.tabs.create({ url: 'http://127.0.0.1:5174/case.html?id=1' });
      show('zh-CN');
      fireEvent.click(await screen.findByTestId('adapter-add'));
      await waitFor(() => expect(within(screen.getByTestId('adapter-crm-tab')).getAllByRole('option')).toHaveLength(1));
      const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { chain: '#sp-lines', text: '坐席：您好' } } as never);
      fireEvent.click(screen.getByTestId('adapter-pick-transcript'));
      await waitFor(() => expect((screen.getByTestId('adapter-transcript-container') as HTMLInputElement).value).toBe('#sp-lines'));
      expect(send).toHaveBeenCalledWith(crm.id, { daihou: 1, type: 'crm:pick', data: { hint: '通话转写区域', kind: 'transcript' } }, { frameId: 0 });
    });
  });
});

describe('transcriptAround (the picker widens a clicked line to its transcript)', () => {
  it('climbs from a clicked word to the transcript, not further', () => {
    document.body.innerHTML = `<div class="page"><div class="pane"><div class="rows" id="rows">
      <div class="r"><b class="n">坐席</b><span class="w" id="word">您好，本次通话将被录音，请问是张伟先生吗？</span></div>
      <div class="r"><b class="n">客户</b><span class="w">是我，有什么事？</span></div></div></div></div>`;
    expect(transcriptAround(document.getElementById('word')!)?.id).toBe('rows');
    document.body.innerHTML = `<div role="log" id="log"><p><span id="w2">坐席：您好</span></p><p>客户：嗯</p></div>`;
    expect(transcriptAround(document.getElementById('w2')!)?.id).toBe('log');
    document.body.innerHTML = `<p id="lone">普通段落</p>`;
    expect(transcriptAround(document.getElementById('lone')!)).toBeNull();
  });
});
