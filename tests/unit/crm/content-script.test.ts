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
  /** Starts the content script with a fake background that injects the reader when asked (as entrypoints/background.ts does). */
  async function start(opts: { injectTwice?: boolean } = {}) {
    const { ContentScriptContext } = await import('wxt/utils/content-script-context');
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { default: liveReader } = await import('@/entrypoints/live-reader');
    const sent: { type: string; data: unknown }[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: { type: string; data: unknown }) => {
      sent.push(m);
      if (m.type === 'page:load-reader') {
        liveReader.main();
        if (opts.injectTwice) liveReader.main();
        return { ok: true, value: true };
      }
      return { ok: true, value: null };
    }) as never);
    const { main, ...options } = crm;
    const ctx = new ContentScriptContext('crm', options);
    main(ctx);
    const turnsOf = () => sent.filter((m) => m.type === 'page:turns').flatMap((m) => (m.data as { turns: { id: string; text: string; speaker: string }[] }).turns);
    const asks = () => sent.filter((m) => m.type === 'page:load-reader').length;
    return { ctx, sent, turnsOf, asks };
  }
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('loads the reader after start-up when the page shows a transcript, sends it as page:turns; stops when invalidated', async () => {
    document.body.innerHTML = `<dl><dt>客户姓名</dt><dd>张伟</dd></dl>
      <ul role="log" id="t"><li>坐席：您好，本次通话将被录音。</li><li>客户：好的，你说。</li></ul>`;
    const { ctx, sent, turnsOf, asks } = await start();
    // Not during start-up: the page is looked at once it is idle.
    expect(asks()).toBe(0);
    expect(turnsOf()).toEqual([]);
    await sleep(150);
    expect(asks()).toBe(1);
    expect(turnsOf().map((t) => [t.speaker, t.text])).toEqual([
      ['agent', '您好，本次通话将被录音。'],
      ['debtor', '好的，你说。'],
    ]);
    ctx.abort();
    const n = sent.length;
    document.getElementById('t')!.insertAdjacentHTML('beforeend', '<li>坐席：请问您方便说话吗？</li>');
    await sleep(150);
    expect(sent.filter((m) => m.type === 'page:turns')).toHaveLength(sent.slice(0, n).filter((m) => m.type === 'page:turns').length);
    document.body.innerHTML = '';
  });

  it('injected twice, one reader runs: every line is sent once', async () => {
    document.body.innerHTML = `<dl><dt>客户姓名</dt><dd>张伟</dd></dl>
      <ul role="log" id="t"><li>坐席：您好，本次通话将被录音。</li><li>客户：好的，你说。</li></ul>`;
    const { ctx, turnsOf } = await start({ injectTwice: true });
    await sleep(150);
    document.getElementById('t')!.insertAdjacentHTML('beforeend', '<li>坐席：请问您方便说话吗？</li>');
    await sleep(100);
    // Two readers would send each line under two ids; one reader sends it once (and again only to mark it final).
    const ids = new Map<string, Set<string>>();
    for (const t of turnsOf()) ids.set(t.text, (ids.get(t.text) ?? new Set()).add(t.id));
    expect([...ids.keys()]).toEqual(['您好，本次通话将被录音。', '好的，你说。', '请问您方便说话吗？']);
    for (const set of ids.values()) expect(set.size).toBe(1);
    ctx.abort();
    document.body.innerHTML = '';
  });

  it('a page without a transcript never loads the reader; one that shows a transcript later does', async () => {
    document.body.innerHTML = `<div id="case"><dl><dt>客户姓名</dt><dd>张伟</dd><dt>逾期金额</dt><dd>¥12,860.50</dd></dl>
      <table><tr><th>催收员</th><td>王琳</td></tr></table><div role="status">保存成功</div></div>`;
    const { ctx, turnsOf, asks } = await start();
    await sleep(150);
    document.getElementById('case')!.insertAdjacentHTML('beforeend', '<p>备注：客户称月底还款</p>');
    await sleep(700);
    expect(asks()).toBe(0);
    document.getElementById('case')!.insertAdjacentHTML('beforeend', '<ul class="asr"><li>坐席：您好，我是信用卡中心的。</li><li>客户：嗯，什么事？</li></ul>');
    await vi.waitFor(() => expect(turnsOf().map((t) => t.speaker)).toEqual(['agent', 'debtor']), { timeout: 2000 });
    expect(asks()).toBe(1);
    ctx.abort();
    document.body.innerHTML = '';
  });
});
