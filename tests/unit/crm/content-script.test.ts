// The CRM content script: what it tells the CRM page about itself, and its live-transcript wiring.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import crm from '@/entrypoints/crm';
import type { DebtorContext } from '@/lib/extract/types';

/**
 * A fake background that records what the content script sends and, when asked to load a page
 * script (a key of `loaders`), injects it (as entrypoints/background.ts does) and answers true;
 * asked for one it does not have, it refuses (false), as for a tab no panel has shown.
 */
function fakeBackground(loaders: Record<string, () => void>): { type: string; data: unknown }[] {
  const sent: { type: string; data: unknown }[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: { type: string; data: unknown }) => {
    sent.push(m);
    if (!m.type.startsWith('page:load-')) return { ok: true, value: null };
    const inject = loaders[m.type];
    inject?.();
    return { ok: true, value: !!inject };
  }) as never);
  return sent;
}

/** Stops the running instance, as a newer one injected after an update does. */
const stopRunning = () => (window as unknown as { __daihouContent?: AbortController }).__daihouContent?.abort();

describe('the CRM content script', () => {
  afterEach(() => {
    stopRunning();
    vi.restoreAllMocks();
  });

  it('announces nothing to the page: no message, no DOM event (which would name the extension id)', () => {
    const post = vi.spyOn(window, 'postMessage');
    const onDocument = vi.spyOn(document, 'dispatchEvent');
    const onWindow = vi.spyOn(window, 'dispatchEvent');
    crm.main();
    expect(post).not.toHaveBeenCalled();
    expect(onDocument).not.toHaveBeenCalled();
    expect(onWindow).not.toHaveBeenCalled();
  });
});

describe('the CRM content script and the live transcript', () => {
  /**
   * Starts the content script with a fake background that injects the panel tab (a tab a panel has
   * shown, unless `noPanel`) and the reader when asked (as entrypoints/background.ts does).
   */
  async function start(opts: { injectTwice?: boolean; noPanel?: boolean } = {}) {
    const { default: liveReader } = await import('@/entrypoints/live-reader');
    const { default: panelTab } = await import('@/entrypoints/panel-tab');
    const sent = fakeBackground({
      ...(opts.noPanel ? {} : { 'page:load-panel-tab': () => panelTab.main() }),
      'page:load-reader': () => {
        liveReader.main();
        if (opts.injectTwice) liveReader.main();
      },
    });
    crm.main();
    const turnsOf = () => sent.filter((m) => m.type === 'page:turns').flatMap((m) => (m.data as { turns: { id: string; text: string; speaker: string }[] }).turns);
    const asks = () => sent.filter((m) => m.type === 'page:load-reader').length;
    return { sent, turnsOf, asks };
  }
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  afterEach(() => {
    stopRunning();
    vi.restoreAllMocks();
  });

  it('loads the reader after start-up when the page shows a transcript, sends it as page:turns; stops once cut off from the extension', async () => {
    document.body.innerHTML = `<dl><dt>客户姓名</dt><dd>张伟</dd></dl>
      <ul role="log" id="t"><li>坐席：您好，本次通话将被录音。</li><li>客户：好的，你说。</li></ul>`;
    const { sent, turnsOf, asks } = await start();
    // Not during start-up: the page is looked at once it is idle.
    expect(asks()).toBe(0);
    expect(turnsOf()).toEqual([]);
    await sleep(150);
    expect(asks()).toBe(1);
    expect(turnsOf().map((t) => [t.speaker, t.text])).toEqual([
      ['agent', '您好，本次通话将被录音。'],
      ['debtor', '好的，你说。'],
    ]);
    // The extension is updated or removed: this copy's runtime has no id any more.
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as never);
    const n = sent.length;
    document.getElementById('t')!.insertAdjacentHTML('beforeend', '<li>坐席：请问您方便说话吗？</li>');
    await sleep(150);
    expect(sent.filter((m) => m.type === 'page:turns')).toHaveLength(sent.slice(0, n).filter((m) => m.type === 'page:turns').length);
    document.body.innerHTML = '';
  });

  it('injected twice, one reader runs: every line is sent once', async () => {
    document.body.innerHTML = `<dl><dt>客户姓名</dt><dd>张伟</dd></dl>
      <ul role="log" id="t"><li>坐席：您好，本次通话将被录音。</li><li>客户：好的，你说。</li></ul>`;
    const { turnsOf } = await start({ injectTwice: true });
    await sleep(150);
    document.getElementById('t')!.insertAdjacentHTML('beforeend', '<li>坐席：请问您方便说话吗？</li>');
    await sleep(100);
    // Two readers would send each line under two ids; one reader sends it once (and again only to mark it final).
    const ids = new Map<string, Set<string>>();
    for (const t of turnsOf()) ids.set(t.text, (ids.get(t.text) ?? new Set()).add(t.id));
    expect([...ids.keys()]).toEqual(['您好，本次通话将被录音。', '好的，你说。', '请问您方便说话吗？']);
    for (const set of ids.values()) expect(set.size).toBe(1);
    document.body.innerHTML = '';
  });

  it('a page without a transcript never loads the reader; one that shows a transcript later does', async () => {
    document.body.innerHTML = `<div id="case"><dl><dt>客户姓名</dt><dd>张伟</dd><dt>逾期金额</dt><dd>¥12,860.50</dd></dl>
      <table><tr><th>催收员</th><td>王琳</td></tr></table><div role="status">保存成功</div></div>`;
    const { turnsOf, asks } = await start();
    await sleep(150);
    document.getElementById('case')!.insertAdjacentHTML('beforeend', '<p>备注：客户称月底还款</p>');
    await sleep(700);
    expect(asks()).toBe(0);
    document.getElementById('case')!.insertAdjacentHTML('beforeend', '<ul class="asr"><li>坐席：您好，我是信用卡中心的。</li><li>客户：嗯，什么事？</li></ul>');
    await vi.waitFor(() => expect(turnsOf().map((t) => t.speaker)).toEqual(['agent', 'debtor']), { timeout: 2000 });
    expect(asks()).toBe(1);
    document.body.innerHTML = '';
  });
});

describe('the CRM content script and the panel tab', () => {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  afterEach(() => {
    stopRunning();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('in a tab no panel has shown, the panel tab is refused and the page is never searched: no reader, no turns', async () => {
    const { default: liveReader } = await import('@/entrypoints/live-reader');
    const sent = fakeBackground({ 'page:load-reader': () => liveReader.main() });
    document.body.innerHTML = `<dl><dt>客户姓名</dt><dd>张伟</dd></dl>
      <ul role="log" id="t"><li>坐席：您好，本次通话将被录音。</li><li>客户：好的，你说。</li></ul>`;
    crm.main();
    await sleep(150);
    document.getElementById('t')!.insertAdjacentHTML('beforeend', '<li>客户：嗯。</li>');
    await sleep(700);
    expect(sent.filter((m) => m.type === 'page:load-panel-tab')).toHaveLength(1);
    expect(sent.filter((m) => m.type === 'page:load-reader' || m.type === 'page:turns')).toEqual([]);
  });

  it('a panel opened later injects the panel tab: the transcript already on the page is read then', async () => {
    const { default: liveReader } = await import('@/entrypoints/live-reader');
    const { default: panelTab } = await import('@/entrypoints/panel-tab');
    const sent = fakeBackground({ 'page:load-reader': () => liveReader.main() });
    document.body.innerHTML = `<dl><dt>客户姓名</dt><dd>张伟</dd></dl>
      <ul role="log"><li>坐席：您好，本次通话将被录音。</li><li>客户：好的，你说。</li></ul>`;
    crm.main();
    await sleep(150);
    expect(sent.filter((m) => m.type === 'page:turns')).toEqual([]);
    // The background, asked by a panel for this tab's debtor, injects the panel tab (once or twice).
    panelTab.main();
    panelTab.main();
    await vi.waitFor(() => expect(sent.filter((m) => m.type === 'page:turns').flatMap((m) => (m.data as { turns: { text: string }[] }).turns.map((t) => t.text))).toEqual(['您好，本次通话将被录音。', '好的，你说。']));
    expect(sent.filter((m) => m.type === 'page:load-reader')).toHaveLength(1);
  });
});

describe('the CRM content script and the detail readers', () => {
  afterEach(() => {
    stopRunning();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  const setUp = async () => {
    const { default: detailReader } = await import('@/entrypoints/detail-reader');
    const sent = fakeBackground({ 'page:load-detail-reader': () => detailReader.main() });
    const asks = () => sent.filter((m) => m.type === 'page:load-detail-reader').length;
    const contexts = () =>
      sent.filter((m) => m.type === 'page:context').map((m) => (m.data as { context: DebtorContext | null }).context);
    return { sent, asks, contexts };
  };

  it('asks for them on a page showing a debtor, then reports the name its title shows', async () => {
    const { asks, contexts } = await setUp();
    document.body.innerHTML = '<div class="case-head"><h2>吴志远 <small>M2</small></h2></div><dl><dt>逾期金额</dt><dd>¥24,780.36</dd><dt>逾期天数</dt><dd>57</dd></dl>';
    crm.main();
    await vi.waitFor(() => expect(contexts().map((c) => c?.fields.name?.value)).toContain('吴志远'));
    expect(asks()).toBe(1);
  });

  it('reports the CRM history once they arrive, even when a label names the debtor', async () => {
    const { asks, contexts } = await setUp();
    document.body.innerHTML =
      '<dl><dt>客户姓名</dt><dd>张伟</dd><dt>逾期金额</dt><dd>¥1,200.00</dd></dl>' +
      '<h3>催收记录</h3><table><thead><tr><th>时间</th><th>结果</th></tr></thead><tbody><tr><td>2026-08-02 10:15</td><td>承诺还款</td></tr></tbody></table>';
    crm.main();
    await vi.waitFor(() => expect(contexts().at(-1)?.crmHistory?.lastContact?.result).toBe('承诺还款'));
    expect(contexts()[0]?.fields.name?.value).toBe('张伟'); // the first report does not wait for them
    expect(asks()).toBe(1);
  });

  it('never loads them on a page that shows no debtor', async () => {
    const { asks, sent } = await setUp();
    document.body.innerHTML = '<nav>首页 · 案件</nav><dl><dt>逾期金额</dt><dd>¥1,200.00</dd></dl>';
    crm.main();
    await vi.waitFor(() => expect(sent.some((m) => m.type === 'page:context')).toBe(true));
    await new Promise((r) => setTimeout(r, 50));
    expect(asks()).toBe(0);
  });
});

describe('the CRM content script and site adapters', () => {
  afterEach(async () => {
    stopRunning();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
    await fakeBrowser.storage.local.clear();
  });

  const ADAPTER = { id: 'bank-a', urlPattern: '*', fields: { amountOverdue: { label: '应收未收' } } };
  const PAGE = '<dl><dt>客户姓名</dt><dd>张伟</dd><dt>应收未收</dt><dd>¥1,500.00</dd><dt>逾期天数</dt><dd>12</dd></dl>';

  const setUp = async () => {
    const { default: siteRules } = await import('@/entrypoints/site-rules');
    const sent = fakeBackground({ 'page:load-site-rules': () => siteRules.main() });
    const asks = () => sent.filter((m) => m.type === 'page:load-site-rules').length;
    const amounts = () =>
      sent.filter((m) => m.type === 'page:context').map((m) => (m.data as { context: DebtorContext | null }).context?.fields.amountOverdue?.value);
    return { sent, asks, amounts };
  };

  it('never loads the adapter rules while no adapter is stored', async () => {
    const { asks, sent } = await setUp();
    document.body.innerHTML = PAGE;
    crm.main();
    await vi.waitFor(() => expect(sent.some((m) => m.type === 'page:context')).toBe(true));
    await new Promise((r) => setTimeout(r, 50));
    expect(asks()).toBe(0);
  });

  it('loads them when adapters are stored, and reads the page again with them', async () => {
    await fakeBrowser.storage.local.set({ siteAdapters: [ADAPTER] });
    const { asks, amounts } = await setUp();
    document.body.innerHTML = PAGE;
    crm.main();
    await vi.waitFor(() => expect(amounts()).toContain(1500));
    expect(asks()).toBe(1);
  });

  it('loads them once adapters are stored later (a pack installed with the CRM open), and follows their changes', async () => {
    const { asks, amounts } = await setUp();
    document.body.innerHTML = PAGE;
    crm.main();
    await vi.waitFor(() => expect(amounts().length).toBeGreaterThan(0));
    expect(amounts()).not.toContain(1500);
    await fakeBrowser.storage.local.set({ packSiteAdapters: [ADAPTER] });
    await vi.waitFor(() => expect(amounts().at(-1)).toBe(1500));
    expect(asks()).toBe(1);
    // Removed again: the page is read by the heuristics alone.
    await fakeBrowser.storage.local.set({ packSiteAdapters: [] });
    await vi.waitFor(() => expect(amounts().at(-1)).toBeUndefined());
    expect(asks()).toBe(1);
  });

  it('keeps an adapter of the wrong shape out (stored data is checked on load)', async () => {
    await fakeBrowser.storage.local.set({ siteAdapters: [{ ...ADAPTER, urlPattern: 42 }] });
    const { asks, amounts } = await setUp();
    document.body.innerHTML = PAGE;
    crm.main();
    await vi.waitFor(() => expect(asks()).toBe(1));
    await new Promise((r) => setTimeout(r, 50));
    expect(amounts()).not.toContain(1500);
  });
});

describe('the CRM content script and the Traditional label fold', () => {
  afterEach(() => {
    stopRunning();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
    document.documentElement.removeAttribute('lang');
    document.title = '';
  });

  const setUp = async () => {
    const { default: labelFold } = await import('@/entrypoints/label-fold');
    const sent = fakeBackground({ 'page:load-label-fold': () => labelFold.main() });
    const asks = () => sent.filter((m) => m.type === 'page:load-label-fold').length;
    return { sent, asks };
  };

  it('a zh-TW page asks for the fold once; a Simplified page that reads well never does', async () => {
    const { asks, sent } = await setUp();
    document.documentElement.setAttribute('lang', 'zh-TW');
    document.body.innerHTML = '<dl><dt>客戶姓名</dt><dd>黃淑芬</dd><dt>逾期金額</dt><dd>NT$96,204</dd></dl>';
    crm.main();
    await vi.waitFor(() => expect(asks()).toBe(1));
    stopRunning();
    document.documentElement.setAttribute('lang', 'zh-CN');
    document.body.innerHTML = '<dl><dt>客户姓名</dt><dd>张伟</dd><dt>卡号</dt><dd>6225 **** 8812</dd><dt>手机</dt><dd>138****5521</dd><dt>逾期金额</dt><dd>¥1,200.00</dd><dt>逾期天数</dt><dd>47</dd></dl>';
    const before = asks();
    crm.main();
    await vi.waitFor(() => expect(sent.filter((m) => m.type === 'page:context').length).toBeGreaterThan(1));
    await new Promise((r) => setTimeout(r, 50));
    expect(asks()).toBe(before);
  });
});
