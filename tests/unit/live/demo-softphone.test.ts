// The demo CRM's softphone strip plays its scripted call into a transcript pane the reader finds with
// no configuration: every scripted line arrives once, with the right speaker, the debtor's typed out
// as interim first; the case page's own fields are still read as the debtor's.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTranscriptReader } from '@/lib/live/transcript/reader';
import { mergeTurns, type Turn } from '@/lib/live/turn';
import { extractDebtorContext } from '@/lib/extract';
import { lintText } from '@/lib/compliance';
import { watchDebtorContext } from '@/lib/extract/watch';
// @ts-expect-error plain JS module of the demo CRM (no types)
import { chunks, mountSoftphone } from '../../../demo-crm/public/softphone.js';

const CALLS = resolve(import.meta.dirname, '../../../demo-crm/data/calls');
interface Script {
  lines: { at: number; speaker: 'agent' | 'debtor'; text: string; unlawful?: boolean }[];
  end: number;
}
const load = (name: string) => JSON.parse(readFileSync(resolve(CALLS, `${name}.json`), 'utf8')) as Script;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const CASE_PAGE = `<div class="topbar"><div class="topbar-right">当前用户：A1027 王琳　|　信用卡中心 催收二部</div></div>
  <main class="content" id="case-root"><div class="case-header"><span class="case-title">案件详情</span>
  <span class="kv-inline">案件编号：CS-2026-004817</span><span class="kv-inline">催收员：王琳</span><span class="kv-inline">案件状态：催收中</span></div>
  <div id="softphone-slot"></div>
  <table class="info-table"><tr><th>客户姓名</th><td>张伟</td><th>性别</th><td>男</td></tr><tr><th>手机号码</th><td>138****5678</td><th>产品类型</th><td>信用卡</td></tr></table>
  <dl><div><dt>逾期金额</dt><dd>¥12,860.50</dd></div><div><dt>逾期天数</dt><dd>47天</dd></div></dl>
  <table class="grid" id="call-history"><thead><tr><th>通话时间</th><th>催收员</th><th>结果</th><th>通话摘要</th></tr></thead>
  <tbody><tr><td>2026-11-20 10:02</td><td>王琳</td><td>承诺还款</td><td>客户称月底发工资后还款</td></tr></tbody></table>
  <span class="note-status" role="status">保存成功</span></main>`;

let ctl: AbortController | undefined;
afterEach(() => {
  ctl?.abort();
  document.body.innerHTML = '';
});

describe('the demo scripted calls', () => {
  it('the default call is 60–90 s and holds what the demo must show', () => {
    const s = load('default');
    expect(s.end).toBeGreaterThanOrEqual(60);
    expect(s.end).toBeLessThanOrEqual(90);
    const agent = s.lines.filter((l) => l.speaker === 'agent').map((l) => l.text);
    expect(agent[0]).toMatch(/录音/);
    expect(agent.some((t) => /本人|身份/.test(t) && /？/.test(t))).toBe(true);
    expect(s.lines.filter((l) => l.unlawful)).toHaveLength(1);
    const promise = agent.at(-2)!;
    expect(promise).toMatch(/12月5日/);
    expect(promise).toMatch(/2000元/);
    expect(promise).toMatch(/手机银行/);
    expect([...s.lines].sort((a, b) => a.at - b.at)).toEqual(s.lines);
  });

  it('the live lint flags the one unlawful agent line, and no other agent line', () => {
    for (const name of ['default', 'quick']) {
      for (const l of load(name).lines.filter((x) => x.speaker === 'agent')) {
        const text = l.text.replaceAll('{name}', '张伟').replaceAll('{honorific}', '张先生');
        const serious = lintText(text).filter((f) => f.severity === 'block' || f.severity === 'warn');
        expect(serious.length > 0, `${name}: ${text}`).toBe(!!l.unlawful);
      }
    }
  });

  it('types a debtor line out in small pieces that add up to it', () => {
    const text = '我知道欠着，可我最近真的没钱，厂里两个月没发工资了。';
    const parts = chunks(text) as string[];
    expect(parts.length).toBeGreaterThan(5);
    expect(parts.join('')).toBe(text);
  });

  for (const name of ['quick', 'default']) {
    it(`plays "${name}" into a pane the reader streams, speakers and words as scripted`, async () => {
      const script = load(name);
      const speed = name === 'default' ? 80 : 20;
      (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`http://127.0.0.1:5174/case.html?id=CS-2026-004817&call=${name}&speed=${speed}`);
      document.body.innerHTML = CASE_PAGE;
      vi.stubGlobal('fetch', async (url: string) => {
        expect(url).toBe(`/api/calls/${name}`);
        return { ok: true, status: 200, json: async () => script };
      });
      const seen: Turn[] = [];
      let turns: readonly Turn[] = [];
      ctl = new AbortController();
      const reader = startTranscriptReader({ doc: document, signal: ctl.signal, quietMs: 800, searchEveryMs: 20, send: (b) => (seen.push(...b), (turns = mergeTurns(turns, b))) });
      // Wired as in the content script: the page watcher's observer pokes the reader.
      let scans = 0;
      watchDebtorContext(document, {
        onChange: () => {},
        signal: ctl.signal,
        extract: (d) => (scans++, extractDebtorContext(d)),
        tap: (records) => (reader.poke(records), records.every((r) => reader.owns(r.target))),
      });
      const phone = mountSoftphone(document.getElementById('softphone-slot'), { getCase: () => ({ name: '张伟', gender: '男' }) });
      await phone.start();
      const strip = document.getElementById('softphone')!;
      const until = Date.now() + 6000;
      while (strip.dataset.state !== 'ended' && Date.now() < until) await sleep(50);
      expect(strip.dataset.state).toBe('ended');
      await sleep(60);
      const expected = script.lines.map((l) => ({ speaker: l.speaker, text: l.text.replaceAll('{name}', '张伟').replaceAll('{honorific}', '张先生') }));
      expect(turns.map(({ speaker, text }) => ({ speaker, text }))).toEqual(expected);
      expect(turns.every((t) => t.final)).toBe(true);
      // Debtor lines were seen growing (interim) before they were final.
      expect(seen.some((t) => t.speaker === 'debtor' && !t.final)).toBe(true);
      // The case page is still read as 张伟's, whatever "客户：" lines the pane shows.
      // The pane's lines did not make the page be read again each time (the timer ticks do, a few times).
      expect(scans).toBeLessThan(script.lines.length);
      const ctx = extractDebtorContext(document);
      expect(ctx.fields.name?.value).toBe('张伟');
      expect(ctx.fields.amountOverdue?.value).toBe(12860.5);
    }, 15000);
  }
});
