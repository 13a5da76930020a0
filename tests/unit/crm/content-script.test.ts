// The CRM content script's definition: what it tells the CRM page about itself.
import { describe, expect, it, vi } from 'vitest';
import crm from '@/entrypoints/crm.content';

describe('the CRM content script', () => {
  it('does not announce itself (and the extension id) to the page with window.postMessage', () => {
    expect(crm.noScriptStartedPostMessage).toBe(true);
  });

  it('posts nothing to the page when WXT starts it', async () => {
    const { ContentScriptContext } = await import('wxt/utils/content-script-context');
    const post = vi.spyOn(window, 'postMessage');
    const { main: _main, ...options } = crm;
    const ctx = new ContentScriptContext('crm', options);
    expect(post).not.toHaveBeenCalled();
    ctx.abort();
  });
});

describe('the CRM content script and the live transcript', () => {
  it('starts the reader after start-up and sends the page transcript as page:turns; stops when invalidated', async () => {
    const { ContentScriptContext } = await import('wxt/utils/content-script-context');
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    document.body.innerHTML = `<dl><dt>客户姓名</dt><dd>张伟</dd></dl>
      <ul role="log" id="t"><li>坐席：您好，本次通话将被录音。</li><li>客户：好的，你说。</li></ul>`;
    const sent: { type: string; data: unknown }[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: { type: string; data: unknown }) => {
      sent.push(m);
      return { ok: true, value: null };
    }) as never);
    const { main, ...options } = crm;
    const ctx = new ContentScriptContext('crm', options);
    main(ctx);
    const turnsOf = () => sent.filter((m) => m.type === 'page:turns').flatMap((m) => (m.data as { turns: { text: string; speaker: string }[] }).turns);
    // Not during start-up: the reader starts once the page is idle.
    expect(turnsOf()).toEqual([]);
    await new Promise((r) => setTimeout(r, 150));
    expect(turnsOf().map((t) => [t.speaker, t.text])).toEqual([
      ['agent', '您好，本次通话将被录音。'],
      ['debtor', '好的，你说。'],
    ]);
    ctx.abort();
    const n = sent.length;
    document.getElementById('t')!.insertAdjacentHTML('beforeend', '<li>坐席：请问您方便说话吗？</li>');
    await new Promise((r) => setTimeout(r, 150));
    expect(sent.filter((m) => m.type === 'page:turns')).toHaveLength(sent.slice(0, n).filter((m) => m.type === 'page:turns').length);
    document.body.innerHTML = '';
  });
});
