// The transcript reader over time: lines appended, a line growing then final, a line corrected in
// place, a transcript appearing late, a list re-rendered, long pages in batches, an adapter's rule,
// and a hostile page — nothing thrown into the page, nothing written to it.
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTranscriptReader, type TranscriptReader } from '@/lib/live/transcript/reader';
import { MAX_TURNS_PER_MESSAGE, mergeTurns, type Turn } from '@/lib/live/turn';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let ctl: AbortController | undefined;
afterEach(() => {
  ctl?.abort();
  document.body.innerHTML = '';
});

function start(opts: Partial<Parameters<typeof startTranscriptReader>[0]> = {}) {
  ctl = new AbortController();
  const batches: Turn[][] = [];
  let merged: readonly Turn[] = [];
  const reader: TranscriptReader = startTranscriptReader({
    doc: document,
    signal: ctl.signal,
    quietMs: 120,
    batchMs: 10,
    searchEveryMs: 30,
    send: (turns) => {
      batches.push(turns);
      merged = mergeTurns(merged, turns);
    },
    ...opts,
  });
  return { reader, batches, turns: () => merged };
}

const line = (who: '坐席' | '客户', text: string, cls = '') => `<li class="${cls}">${who}：${text}</li>`;
function transcript(lines: string[]): HTMLElement {
  document.body.innerHTML = `<div class="page"><span>客户姓名：张伟</span><ul role="log" id="t">${lines.join('')}</ul></div>`;
  return document.getElementById('t')!;
}
function append(ul: HTMLElement, html: string): HTMLLIElement {
  ul.insertAdjacentHTML('beforeend', html);
  return ul.lastElementChild as HTMLLIElement;
}

describe('the transcript reader', () => {
  it('sends lines as they are appended, the last one interim until it is followed', async () => {
    const ul = transcript([line('坐席', '您好，本次通话将被录音，请问是张伟先生吗？'), line('客户', '是我，什么事？')]);
    const r = start();
    await sleep(30);
    expect(r.turns().map((t) => [t.speaker, t.text, t.final])).toEqual([
      ['agent', '您好，本次通话将被录音，请问是张伟先生吗？', true],
      ['debtor', '是我，什么事？', false],
    ]);
    append(ul, line('坐席', '您的信用卡已经逾期了，想和您确认还款时间。'));
    await sleep(30);
    expect(r.turns().map((t) => t.final)).toEqual([true, true, false]);
    expect(r.turns()[2]!.speaker).toBe('agent');
    // Quiet long enough: the last line is final too.
    await sleep(180);
    expect(r.turns().every((t) => t.final)).toBe(true);
    expect(new Set(r.turns().map((t) => t.id)).size).toBe(3);
    expect(r.turns().every((t) => t.source === 'page')).toBe(true);
  });

  it('a reader started again in the same tab (a newer content script) keeps the ids and does not send the call twice', async () => {
    const ul = transcript([line('坐席', '您好，本次通话将被录音，请问是张伟先生吗？'), line('客户', '是我，什么事？')]);
    const memory = {};
    const first = start({ memory });
    await sleep(180);
    const sent = first.turns().map((t) => t.id);
    expect(sent).toHaveLength(2);
    ctl!.abort(); // the earlier instance stops
    const second = start({ memory });
    await sleep(60);
    expect(second.batches.flat()).toEqual([]); // nothing re-sent under new ids
    append(ul, line('坐席', '您的信用卡已经逾期了，想和您确认还款时间。'));
    await sleep(180);
    const fresh = second.turns();
    expect(fresh).toHaveLength(1);
    expect(sent).not.toContain(fresh[0]!.id);
    expect(fresh[0]!.id.split('-')[0]).toBe(sent[0]!.split('-')[0]);
  });

  it('streams a line growing word by word as interim with one id, then final', async () => {
    const ul = transcript([line('坐席', '请问这个月什么时候方便还款呢？'), line('客户', '嗯')]);
    const r = start();
    await sleep(30);
    const li = ul.lastElementChild!;
    for (const text of ['客户：我', '客户：我这个月', '客户：我这个月工资', '客户：我这个月工资还没发']) {
      li.textContent = text;
      await sleep(25);
    }
    const growing = r.batches.flat().filter((t) => t.speaker === 'debtor');
    expect(new Set(growing.map((t) => t.id)).size).toBe(1);
    expect(growing.every((t) => !t.final)).toBe(true);
    expect(growing.map((t) => t.text)).toContain('我这个月工资');
    await sleep(180);
    const last = r.turns().at(-1)!;
    expect(last).toMatchObject({ speaker: 'debtor', text: '我这个月工资还没发', final: true });
  });

  it('follows the markup: interim / final classes and aria-busy decide over timing', async () => {
    const ul = transcript([line('坐席', '您好，这里是XX银行，通话录音中。'), line('客户', '我在开车', 'partial')]);
    const r = start();
    await sleep(200);
    expect(r.turns().at(-1)).toMatchObject({ text: '我在开车', final: false });
    const li = ul.lastElementChild!;
    li.className = 'final';
    await sleep(30);
    expect(r.turns().at(-1)).toMatchObject({ text: '我在开车', final: true });
    const busy = append(ul, '<li aria-busy="true">坐席：好的，那我晚点</li>');
    append(ul, line('客户', '行'));
    await sleep(200);
    expect(r.turns().find((t) => t.text === '好的，那我晚点')?.final).toBe(false);
    busy.removeAttribute('aria-busy');
    await sleep(30);
    expect(r.turns().find((t) => t.text === '好的，那我晚点')?.final).toBe(true);
  });

  it('resends a final line corrected in place, final, under the same id', async () => {
    const ul = transcript([line('坐席', '您承诺的金额是一千元对吗？'), line('客户', '对，下周一还')]);
    const r = start();
    await sleep(200);
    const before = r.turns().at(-1)!;
    expect(before.final).toBe(true);
    ul.lastElementChild!.textContent = '客户：对，下周二还';
    await sleep(30);
    const after = r.turns().at(-1)!;
    expect(after).toMatchObject({ id: before.id, text: '对，下周二还', final: true });
    expect(r.turns()).toHaveLength(2);
  });

  it('finds a transcript that appears late (poked by the page watcher), and one that is replaced', async () => {
    document.body.innerHTML = '<div id="app"><p>正在加载…</p></div>';
    const r = start();
    await sleep(40);
    expect(r.reader.container()).toBeNull();
    document.getElementById('app')!.innerHTML = `<div class="softphone"><div aria-live="polite" id="asr">
      <p>坐席：您好，请问是李秀英女士本人吗？</p><p>客户：是我。</p></div></div>`;
    r.reader.poke();
    await sleep(80);
    expect(r.reader.container()?.id).toBe('asr');
    expect(r.turns().map((t) => t.text)).toEqual(['您好，请问是李秀英女士本人吗？', '是我。']);
    // An SPA re-renders the panel: the old container leaves, a new one comes.
    document.getElementById('app')!.innerHTML = `<div aria-live="polite" id="asr2"><p>坐席：您好，这里是XX银行，通话录音中。</p><p>客户：你说吧，我听着呢。</p></div>`;
    r.reader.poke();
    await sleep(100);
    expect(r.reader.container()?.id).toBe('asr2');
    expect(r.turns().map((t) => t.text)).toContain('你说吧，我听着呢。');
  });

  it('does not search the page again for changes that add nothing a transcript is made of', async () => {
    document.body.innerHTML = '<div id="app"><p>案件详情</p><ul id="list"></ul></div>';
    const searches = vi.spyOn(Element.prototype, 'querySelectorAll');
    const r = start();
    await sleep(40);
    const count = () => searches.mock.calls.filter(([sel]) => String(sel).includes('role="log"')).length;
    const first = count();
    const list = document.getElementById('list')!;
    const observer = new MutationObserver((records) => r.reader.poke(records));
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    for (let i = 0; i < 20; i++) {
      list.insertAdjacentHTML('beforeend', `<li class="row text-right">第${i}条 逾期金额 ¥${i}00.00</li>`);
      await sleep(5);
    }
    await sleep(80);
    expect(count()).toBe(first);
    list.insertAdjacentHTML('afterend', '<div aria-live="polite" id="asr"><p>坐席：您好，本次通话将被录音。</p><p>客户：好的，你说吧。</p></div>');
    await sleep(80);
    expect(count()).toBeGreaterThan(first);
    expect(r.reader.container()?.id).toBe('asr');
    observer.disconnect();
  });

  it('reads a list that grows at the top (newest first) in the order spoken', async () => {
    const ul = transcript([line('客户', '好的，你说吧。'), line('坐席', '您好，本次通话将被录音。')]);
    const r = start();
    await sleep(30);
    ul.insertAdjacentHTML('afterbegin', line('坐席', '请问这个月的还款您怎么安排？'));
    await sleep(30);
    ul.insertAdjacentHTML('afterbegin', line('客户', '我下周一发工资'));
    await sleep(30);
    const tail = r.turns().slice(-2);
    expect(tail.map((t) => [t.text, t.final])).toEqual([
      ['请问这个月的还款您怎么安排？', true],
      ['我下周一发工资', false],
    ]);
    await sleep(180);
    expect(r.turns().at(-1)!.final).toBe(true);
  });

  it('finds a transcript inside a web component\'s open shadow root', async () => {
    document.body.innerHTML = '<call-panel id="host"></call-panel>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<div class="rows"><div class="row"><span class="who">坐席</span><span>您好，这里是XX银行，通话录音中。</span></div>
      <div class="row"><span class="who">客户</span><span>嗯，什么事？</span></div></div>`;
    const r = start();
    await sleep(30);
    expect(r.turns().map((t) => [t.speaker, t.text])).toEqual([
      ['agent', '您好，这里是XX银行，通话录音中。'],
      ['debtor', '嗯，什么事？'],
    ]);
    root.querySelector('.rows')!.insertAdjacentHTML('beforeend', '<div class="row"><span class="who">坐席</span><span>想和您确认还款时间。</span></div>');
    await sleep(30);
    expect(r.turns().at(-1)).toMatchObject({ speaker: 'agent', text: '想和您确认还款时间。' });
  });

  it('tells the speakers apart by the names the page gives them (the case\'s debtor, the logged-in agent)', async () => {
    document.body.innerHTML = `<div class="hd">当前坐席：A1027 王琳</div><table><tr><th>客户姓名</th><td>张伟</td></tr><tr><th>逾期金额</th><td>¥1,200.00</td></tr></table>
      <div class="conv"><p>王琳：您好，本次通话将被录音，请问是张伟先生吗？</p><p>张先生：是我，你说。</p><p><b>王琳</b> 想和您确认一下还款时间。</p></div>`;
    const { extractDebtorContext } = await import('@/lib/extract');
    const { namesFromContext } = await import('@/lib/live/transcript/names');
    const names = namesFromContext(extractDebtorContext(document));
    expect(names).toEqual({ debtor: ['张伟', '张先生', '张女士', '张小姐'], agent: ['王琳', 'A1027'] });
    const r = start({ names: () => names });
    await sleep(30);
    expect(r.turns().map((t) => [t.speaker, t.text])).toEqual([
      ['agent', '您好，本次通话将被录音，请问是张伟先生吗？'],
      ['debtor', '是我，你说。'],
      ['agent', '想和您确认一下还款时间。'],
    ]);
    // Masked or missing names give nothing.
    expect(namesFromContext(null)).toEqual({ debtor: [], agent: [] });
  });

  it('takes an empty live region the page names as its transcript, so the opening lines are heard at once', async () => {
    document.body.innerHTML = '<div class="softphone"><div class="title">实时转写</div><ul role="log" id="t"></ul></div><div role="log" id="other"></div>';
    const r = start();
    await sleep(30);
    expect(r.reader.container()?.id).toBe('t');
    append(document.getElementById('t')!, line('坐席', '您好，这里是XX银行，本次通话将被录音。'));
    await sleep(30);
    expect(r.turns().map((t) => [t.speaker, t.text])).toEqual([['agent', '您好，这里是XX银行，本次通话将被录音。']]);
  });

  it('keeps ids when the page re-renders the same lines as new elements', async () => {
    const ul = transcript([line('坐席', '您好，本次通话将被录音。'), line('客户', '好的，你说。'), line('坐席', '您的账户已经逾期了。')]);
    const r = start();
    await sleep(30);
    const ids = r.turns().map((t) => t.id);
    ul.innerHTML = [line('坐席', '您好，本次通话将被录音。'), line('客户', '好的，你说。'), line('坐席', '您的账户已经逾期了。'), line('客户', '我知道，最近确实困难。')].join('');
    await sleep(30);
    expect(r.turns().slice(0, 3).map((t) => t.id)).toEqual(ids);
    expect(r.turns()).toHaveLength(4);
  });

  it('sends a long transcript found at once in batches of at most MAX_TURNS_PER_MESSAGE', async () => {
    const lines = Array.from({ length: 130 }, (_, i) => line(i % 2 ? '客户' : '坐席', `第${i}句，说的是还款安排的事情。`));
    transcript(lines);
    const r = start();
    await sleep(30);
    expect(r.batches.length).toBeGreaterThanOrEqual(3);
    expect(r.batches.every((b) => b.length <= MAX_TURNS_PER_MESSAGE)).toBe(true);
    expect(r.turns()).toHaveLength(130);
    expect(new Set(r.turns().map((t) => t.id)).size).toBe(130);
  });

  it('sends a new line within the batching window (≈ tens of ms)', async () => {
    const ul = transcript([line('坐席', '您好，本次通话将被录音。'), line('客户', '好的。')]);
    const r = start({ batchMs: 20 });
    await sleep(30);
    const t0 = performance.now();
    append(ul, line('坐席', '请问您这个月收入大概有多少？'));
    while (!r.turns().some((t) => t.text === '请问您这个月收入大概有多少？') && performance.now() - t0 < 500) await sleep(2);
    expect(performance.now() - t0).toBeLessThan(80);
  });

  it('uses a site adapter rule: container selector, line selector and speaker selectors', async () => {
    document.body.innerHTML = `<div class="x-panel"><div class="rows">
      <div class="r"><i class="dot blue"></i><div class="w">您好，这里是XX银行，通话录音中。</div></div>
      <div class="r"><i class="dot green"></i><div class="w">你们又打来干什么？</div></div>
      <div class="r"><i class="dot blue"></i><div class="w">想和您确认一下还款计划。</div></div></div></div>`;
    const rule = { container: '.x-panel', line: '.r', agentSelector: '.dot.blue', debtorSelector: '.dot.green' };
    const r = start({ rule: () => rule });
    await sleep(30);
    expect(r.turns().map((t) => [t.speaker, t.text])).toEqual([
      ['agent', '您好，这里是XX银行，通话录音中。'],
      ['debtor', '你们又打来干什么？'],
      ['agent', '想和您确认一下还款计划。'],
    ]);
  });

  it('survives a hostile page: throwing observers, an unreadable line, a failing send; writes nothing', async () => {
    // A page of its own (its errors are reported to its window, as a browser does).
    const win = new Window({ url: 'http://127.0.0.1:8080/crm' });
    const doc = win.document as unknown as Document;
    let pageErrors = 0;
    win.addEventListener('error', (e) => {
      pageErrors++;
      e.preventDefault();
    });
    doc.body.innerHTML = `<ul role="log" id="t">${line('坐席', '您好，本次通话将被录音。')}${line('客户', '嗯，你说。')}</ul>`;
    const ul = doc.getElementById('t')!;
    const pageObserver = new win.MutationObserver(() => {
      throw new Error('page bug');
    });
    pageObserver.observe(win.document.body, { subtree: true, childList: true, characterData: true });
    let fail = true;
    const sent: Turn[] = [];
    ctl = new AbortController();
    startTranscriptReader({
      doc,
      signal: ctl.signal,
      quietMs: 100,
      batchMs: 10,
      send: (turns) => {
        if (fail) {
          fail = false;
          throw new Error('extension context invalidated');
        }
        sent.push(...turns);
      },
    });
    await sleep(30);
    const bad = append(ul, line('客户', '这句读不了'));
    Object.defineProperty(bad, 'textContent', {
      get() {
        throw new Error('hostile getter');
      },
    });
    append(ul, line('坐席', '那我们说一下还款的时间吧。'));
    const before = ul.outerHTML;
    await sleep(40);
    expect(sent.map((t) => t.text)).toContain('那我们说一下还款的时间吧。');
    expect(sent.map((t) => t.text)).not.toContain('这句读不了');
    expect(ul.outerHTML).toBe(before);
    expect(pageErrors).toBeGreaterThan(0);
    pageObserver.disconnect();
    await win.happyDOM.close();
  });

  it('stops on abort: no more messages, observer gone', async () => {
    const ul = transcript([line('坐席', '您好，本次通话将被录音。'), line('客户', '好的。')]);
    const r = start();
    await sleep(30);
    const n = r.batches.length;
    ctl!.abort();
    append(ul, line('坐席', '请问您方便说话吗？'));
    await sleep(200);
    expect(r.batches.length).toBe(n);
  });
});
