// Database benchmarks in real Chromium with 100,000 calls and 100,000 notes stored: saving a
// call with its note, a debtor's timeline, full-text search, and restoring 100,000 records.
import type { Page } from 'playwright-core';
import type { Browser } from '../../scripts/browser/launch';
import type { CallRecord, NoteRecord } from '../../lib/db/index';
import { median, type BenchEnv, type Metric } from '../types';

declare const DaihouDB: typeof import('../../lib/db/index');

const CALLS = 100_000;
const DEBTORS = 2_000;
const RESTORE_RECORDS = 100_000;

/** Runs in the page: realistic collection notes (templates × names × amounts), seeded in chunks. */
export async function seed(page: Page): Promise<{ ms: number; debtors: number; calls: number; notes: number }> {
  return page.evaluate(
    async ({ CALLS, DEBTORS }) => {
      const lib = DaihouDB;
      await lib.db.delete();
      await lib.db.open();
      const t0 = performance.now();
      let seed = 42; // mulberry32: reproducible data with no short cycles
      const rnd = (n: number) => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
      };
      const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
      const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华慧巧美霞平刚桂兰建国志红玉梅林鹏飞宇晨欣怡浩然子涵雨轩佳琪';
      const TEMPLATES = [
        '客户表示{m}月工资发放后还款{a}元，承诺通过手机银行转账。',
        '本人接听，确认欠款金额无异议，因家人生病住院暂时无力偿还，申请分期。',
        '拨打本人手机无人接听，已发送还款提醒短信。',
        '第三方接听，自称是{n}的同事，未透露欠款信息，请其转告回电。',
        '客户态度强硬，称没钱还，已告知逾期对征信的影响及后续法律程序。',
        '客户称项目款尚未结算，预计{m}月底到账，届时一次性还清{a}元。',
        '客户要求减免利息，已说明无权减免，可申请困难还款方案，需提交证明材料。',
        '客户承诺{d}日前通过微信还款{a}元，已确认还款时间、方式、金额三要素。',
        '号码错误，机主称不认识{n}，已标记号码待核实。',
        '客户称已离婚，欠款由前配偶使用，已解释借款人为本人，责任不因离婚免除。',
        '约定下午三点回拨，客户在开会不方便接听。',
        '客户称资金周转困难，经营的店铺受疫情影响停业，愿意先还最低还款额{a}元。',
      ];
      const names: string[] = [];
      const debtors = [];
      for (let i = 0; i < DEBTORS; i++) {
        const name = SURNAMES[rnd(SURNAMES.length)]! + GIVEN[rnd(GIVEN.length)]! + (rnd(2) ? GIVEN[rnd(GIVEN.length)]! : '');
        names.push(name);
        const account = `6225 **** **** ${String(1000 + i).padStart(4, '0')}`;
        const f = (v: string) => ({ value: v, raw: v, confidence: 0.9, source: { method: 'dl' as const } });
        const snapshot = { url: `https://crm.bank.example/case.html?id=CS-${i}`, origin: 'https://crm.bank.example', extractedAt: 1, fields: { name: f(name), accountId: f(account), phone: f(`138****${String(i).padStart(4, '0')}`) } };
        const rec = { key: `https://crm.bank.example|${account}`, origin: snapshot.origin, accountId: account, name, snapshot, corrections: {}, url: snapshot.url, updatedAt: 1 };
        debtors.push({ ...rec, grams: lib.gramsOf(name, account, account.replace(/\s+/g, '')) });
      }
      await lib.db.debtors.bulkAdd(debtors);
      const OUTCOMES = ['ptp', 'no-answer', 'refused', 'callback', 'third-party', 'hardship'] as const;
      const start = Date.UTC(2025, 0, 1);
      const CHUNK = 5_000;
      for (let base = 0; base < CALLS; base += CHUNK) {
        const calls: CallRecord[] = [];
        const notes: NoteRecord[] = [];
        for (let i = base; i < base + CHUNK; i++) {
          const d = debtors[rnd(DEBTORS)]!;
          const startedAt = start + Math.floor((i / CALLS) * 600 * 86_400_000) + rnd(3_600_000);
          calls.push({ id: i + 1, debtorKey: d.key, startedAt, endedAt: startedAt + 120_000, day: lib.dayOf(startedAt, 'Asia/Shanghai'), timeZone: 'Asia/Shanghai', outcome: OUTCOMES[rnd(OUTCOMES.length)]!, scenarios: [], scriptsUsed: [], checklist: {}, findings: [], updatedAt: startedAt });
          const text = TEMPLATES[rnd(TEMPLATES.length)]!.replace('{m}', String(1 + rnd(12))).replace('{a}', String(100 * (1 + rnd(200)))).replace('{d}', String(1 + rnd(28))).replace('{n}', names[rnd(DEBTORS)]!);
          notes.push({ id: i + 1, debtorKey: d.key, callId: i + 1, text, draft: 0 as const, createdAt: startedAt, updatedAt: startedAt, grams: lib.gramsOf(text) });
        }
        await lib.db.transaction('rw', lib.db.calls, lib.db.notes, async () => {
          await lib.db.calls.bulkAdd(calls);
          await lib.db.notes.bulkAdd(notes);
        });
      }
      (globalThis as unknown as { benchNames: string[] }).benchNames = names;
      return { ms: performance.now() - t0, debtors: await lib.db.debtors.count(), calls: await lib.db.calls.count(), notes: await lib.db.notes.count() };
    },
    { CALLS, DEBTORS },
  );
}

export async function measure(page: Page): Promise<{ save: number[]; timeline: number[]; search: number[]; searchLog: string[]; timelineSizes: number[] }> {
  return page.evaluate(async () => {
    const lib = DaihouDB;
    const keys = (await lib.db.debtors.limit(200).primaryKeys()) as string[];
    const names = (globalThis as unknown as { benchNames: string[] }).benchNames;
    const save: number[] = [];
    for (let i = 0; i < 60; i++) {
      const debtorKey = keys[i % keys.length]!;
      await lib.saveDraft(debtorKey, `客户表示下月工资发放后还款，第${i}次测试记录`);
      const t = performance.now();
      await lib.saveCallWithNote({
        debtorKey,
        result: { outcome: 'ptp', stageReached: 'commit', checklist: { verify: true }, scenarios: ['after-payday'], scriptsUsed: ['after-payday-1'] },
        promise: i % 2 ? { amount: 1000 + i, dueDate: '2026-12-01', method: '手机银行' } : null,
      });
      save.push(performance.now() - t);
    }
    const timeline: number[] = [];
    for (let i = 0; i < 60; i++) {
      const t = performance.now();
      await lib.getTimeline(keys[(i * 7) % keys.length]!);
      timeline.push(performance.now() - t);
    }
    const queries = ['工资发放', '住院', '还款', names[3]!, names[17]!, '1234', '困难还款方案', '微信 三要素', '疫情', '前配偶', '征信', '回拨'];
    const search: number[] = [];
    const searchLog: string[] = [];
    for (let r = 0; r < 3; r++)
      for (const q of queries) {
        const t = performance.now();
        const res = await lib.search(q);
        const ms = performance.now() - t;
        search.push(ms);
        if (r === 2) searchLog.push(`${q}: ${res.notes.length}+${res.debtors.length} hits ${ms.toFixed(1)} ms`);
      }
    const sizes = await Promise.all(keys.slice(0, 5).map(async (k) => (await lib.getTimeline(k)).length));
    return { save, timeline, search, searchLog, timelineSizes: sizes };
  });
}

/** Builds a valid backup file of RESTORE_RECORDS records in the page and restores it into a fresh database. */
export async function restore(page: Page): Promise<{ ms: number; records: number; bytes: number; validateMs: number }> {
  return page.evaluate(async (N) => {
    const lib = DaihouDB;
    const debtorsN = 1_000;
    const callsN = Math.floor((N - debtorsN) / 2);
    const notesN = N - debtorsN - callsN;
    const f = (v: string) => ({ value: v, raw: v, confidence: 0.9, source: { method: 'dl' as const } });
    const debtors = Array.from({ length: debtorsN }, (_, i) => {
      const account = `6225 **** **** ${String(i).padStart(4, '0')}`;
      const snapshot = { url: `https://crm.bank.example/case/${i}`, origin: 'https://crm.bank.example', extractedAt: 1, fields: { name: f(`债务人${i}`), accountId: f(account) } };
      return { key: `https://crm.bank.example|${account}`, origin: snapshot.origin, accountId: account, name: `债务人${i}`, snapshot, corrections: {}, url: snapshot.url, updatedAt: 1 };
    });
    const t0 = Date.UTC(2025, 0, 1);
    const calls = Array.from({ length: callsN }, (_, i) => ({ id: i + 1, debtorKey: debtors[i % debtorsN]!.key, startedAt: t0 + i * 60_000, endedAt: t0 + i * 60_000 + 90_000, day: lib.dayOf(t0 + i * 60_000, 'Asia/Shanghai'), timeZone: 'Asia/Shanghai', outcome: 'ptp' as const, scenarios: ['after-payday'], scriptsUsed: [], checklist: {}, findings: [], updatedAt: t0 }));
    const notes = Array.from({ length: notesN }, (_, i) => ({ id: i + 1, debtorKey: calls[i % callsN]!.debtorKey, callId: (i % callsN) + 1, text: `客户表示${1 + (i % 12)}月工资发放后还款${100 * (i % 97)}元，承诺通过手机银行转账，已确认三要素。`, draft: 0 as const, createdAt: t0 + i * 60_000, updatedAt: t0 + i * 60_000 }));
    // Every table of the current schema; the ones this bench does not fill are empty.
    const data: Record<string, unknown[]> = Object.fromEntries(lib.TABLE_NAMES.map((t) => [t, []]));
    Object.assign(data, { debtors, calls, notes });
    const json = JSON.stringify(data);
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(json));
    const checksum = `sha256-${Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')}`;
    const counts = Object.fromEntries(Object.entries(data).map(([t, rows]) => [t, rows.length]));
    const text = JSON.stringify({ format: 'daihou-assist-backup', formatVersion: 1, schemaVersion: lib.SCHEMA_VERSION, createdAt: Date.now(), counts, checksum, data });
    const target = new lib.DaihouDB('daihou-bench-restore');
    await target.delete();
    await target.open();
    const v = performance.now();
    await lib.validateBackup(text);
    const validateMs = performance.now() - v;
    const t = performance.now();
    await lib.restoreBackup(text, target);
    const ms = performance.now() - t;

    const records = (await target.debtors.count()) + (await target.calls.count()) + (await target.notes.count());
    target.close();
    return { ms, records, bytes: text.length, validateMs };
  }, RESTORE_RECORDS);
}

/** A plain http page (IndexedDB needs an origin) with lib/db loaded as the global DaihouDB. */
async function loadedPage(browser: Browser, demoUrl: string, script: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${demoUrl}/`);
  await page.evaluate(`globalThis.__name = (f) => f; // tsx keeps function names with a helper the page lacks\n${script}\n;globalThis.DaihouDB = DaihouDB;`);
  return page;
}

export default async function dbBench(env: BenchEnv): Promise<Metric[]> {
  const script = await env.bundle('lib/db/index.ts', 'DaihouDB');
  const browser = await env.launchBrowser();
  try {
    const page = await loadedPage(browser, env.demoUrl, script);
    // Restore first, into an empty profile: measured after seeding, it would compete with
    // Chromium compacting the 200,000 freshly written records (5 M search-index entries).
    const r = await restore(page);
    console.error(`db.bench: restored ${r.records} records (${Math.round(r.bytes / 1024)} KB file) in ${Math.round(r.ms)} ms (validation alone ${Math.round(r.validateMs)} ms)`);
    const seeded = await seed(page);
    console.error(`db.bench: seeded ${seeded.debtors} debtors, ${seeded.calls} calls, ${seeded.notes} notes in ${Math.round(seeded.ms)} ms`);
    const m = await measure(page);
    console.error(`db.bench: timeline items of 5 debtors ${m.timelineSizes.join(', ')}; search (warm) ${m.searchLog.join('; ')}`);
    return [
      { metric: 'db.save-call.median', value: median(m.save), unit: 'ms', budget: 10 },
      { metric: 'db.timeline.median', value: median(m.timeline), unit: 'ms', budget: 20 },
      { metric: 'db.search.median', value: median(m.search), unit: 'ms', budget: 100 },
      { metric: 'db.restore-100k', value: r.records === RESTORE_RECORDS ? r.ms : Number.POSITIVE_INFINITY, unit: 'ms', budget: 10_000 },
    ];
  } finally {
    await browser.close().catch(() => {});
  }
}
