import { describe, expect, it } from 'vitest';
import { csvCell, exportRange, listAudit, saveCallWithNote, startCall, toCSV, updateCall, upsertDebtor, type ExportLabels } from '@/lib/db';
import { zonedTime } from '@/lib/time';
import { ctx, freshDb, key } from './helpers';

const at = (day: string, h: number) => zonedTime(day, 'Asia/Shanghai', h);

async function seed() {
  const d = freshDb();
  await upsertDebtor(ctx('张伟', '6225 **** 8812'), {}, d);
  const k = key('6225 **** 8812');
  await saveCallWithNote({ debtorKey: k, result: { outcome: 'no-answer' }, note: '10月的记录', now: at('2026-10-31', 23) }, d);
  await saveCallWithNote(
    { debtorKey: k, result: { outcome: 'ptp', scenarios: ['after-payday'] }, note: '客户说: "发了工资就还", 金额,\n下周五', promise: { amount: 1834.28, dueDate: '2026-11-06', method: '手机银行' }, now: at('2026-11-01', 0) },
    d,
  );
  await saveCallWithNote({ debtorKey: k, result: { outcome: 'refused' }, note: '=HYPERLINK("http://x")', now: at('2026-11-30', 12) }, d);
  await saveCallWithNote({ debtorKey: k, result: { outcome: 'refused' }, note: '12月', now: at('2026-12-01', 8) }, d);
  return d;
}

describe('export', () => {
  it('CSV: BOM first, CRLF, commas, quotes and line breaks escaped, formulas neutralised', async () => {
    const d = await seed();
    const file = await exportRange({ from: '2026-11-01', to: '2026-11-30' }, 'csv', {}, d);
    expect(file).toMatchObject({ count: 2, filename: 'daihou-export-2026-11-01_2026-11-30.csv', mime: 'text/csv;charset=utf-8' });
    expect(file.text.charCodeAt(0)).toBe(0xfeff);
    expect(file.text.startsWith('\uFEFF通话编号,开始时间,')).toBe(true);
    expect(file.text).toContain(',"客户说: ""发了工资就还"", 金额,\n下周五",1834.28,CNY,2026-11-06,手机银行,pending,ptp,,after-payday,pending\r\n');
    expect(file.text).toContain(`,"'=HYPERLINK(""http://x"")",`);
    expect(file.text).toContain('2026-11-01 00:00:00');
    expect(file.text).not.toContain('10月的记录');
    expect(file.text).not.toContain('12月');
    expect(file.text.split('\r\n').filter(Boolean)).toHaveLength(3); // header + 2 calls (the note's \n is inside quotes)
    expect((await listAudit({ kind: 'export' }, d))[0]?.detail).toMatchObject({ from: '2026-11-01', to: '2026-11-30', format: 'csv', calls: 2 });
  });

  it('JSON: calls with notes, promises and debtor, without the search index', async () => {
    const d = await seed();
    const file = await exportRange({ from: '2026-10-31', to: '2026-11-01' }, 'json', { now: 5 }, d);
    const parsed = JSON.parse(file.text);
    expect(parsed).toMatchObject({ format: 'daihou-assist-export', from: '2026-10-31', to: '2026-11-01', exportedAt: 5 });
    expect(parsed.calls).toHaveLength(2);
    expect(parsed.calls[1]).toMatchObject({ debtor: { name: '张伟' }, promises: [{ amount: 1834.28 }], notes: [{ text: expect.stringContaining('发了工资') }] });
    expect(file.text).not.toContain('"grams"');
  });

  it('English headers on request, and cells', () => {
    expect(toCSV([], 'en')).toBe('\uFEFFCall id,Started,Ended,Call state,Day,Debtor,Account,Outcome,Stage reached,Scenarios,Scripts used,Compliance findings,Override reason,Note,Promised amount,Currency,Promise date,Method,Promise status,Outcome code,Stage code,Scenario codes,Promise status code\r\n');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(undefined)).toBe('');
  });

  it('CSV: labels in the UI language with the codes in their own columns, a script once, a call never ended marked', async () => {
    const d = freshDb();
    await upsertDebtor(ctx('张伟', '6225 **** 8812'), {}, d);
    const k = key('6225 **** 8812');
    const id = await startCall(k, { startedAt: at('2026-11-02', 10), scriptsUsed: ['nm-1'] }, d);
    await updateCall(id, { scriptsUsed: ['nm-1', 'nm-1', 'nm-2'], stageReached: 'negotiate', scenarios: ['no-money-now', 'no-money-now'] }, d);
    await saveCallWithNote({ debtorKey: k, callId: id, result: { outcome: 'ptp' }, promise: { amount: 500, dueDate: '2026-11-09', method: '手机银行' }, now: at('2026-11-02', 10.2) }, d);
    const hungUp = await startCall(k, { startedAt: at('2026-11-03', 9) }, d);
    await updateCall(hungUp, { endedAt: at('2026-11-03', 9.1) }, d); // hung up, the wrap-up never saved
    // A call with a result and no end recorded (e.g. one rebuilt from an old note by the v1→v2 migration).
    await d.calls.add({ debtorKey: k, startedAt: at('2026-11-04', 9), day: '2026-11-04', timeZone: 'Asia/Shanghai', outcome: 'callback', scenarios: [], scriptsUsed: [], checklist: {}, findings: [], migrated: true, createdAt: 1, updatedAt: 1 } as never);
    await startCall(k, { startedAt: at('2026-11-05', 9) }, d); // abandoned: not an attempt, not exported
    const labels: ExportLabels = {
      outcome: (c) => ({ ptp: '承诺还款' })[c],
      stage: (s) => ({ negotiate: '协商方案' })[s],
      scenario: (s) => ({ 'no-money-now': '暂时没钱' })[s],
      promiseStatus: (s) => ({ pending: '待履行' })[s],
    };
    const file = await exportRange({ from: '2026-11-01', to: '2026-11-30' }, 'csv', { labels }, d);
    const [head, done, noWrap, open, none] = file.text.slice(1).split('\r\n');
    expect(none).toBe('');
    const cols = head!.split(',');
    const cell = (line: string, name: string) => line.split(',')[cols.indexOf(name)];
    expect(cell(done!, '结果')).toBe('承诺还款');
    expect(cell(done!, '到达阶段')).toBe('协商方案');
    expect(cell(done!, '识别场景')).toBe('暂时没钱');
    expect(cell(done!, '承诺状态')).toBe('待履行');
    expect([cell(done!, '结果代码'), cell(done!, '阶段代码'), cell(done!, '场景代码'), cell(done!, '承诺状态代码')]).toEqual(['ptp', 'negotiate', 'no-money-now', 'pending']);
    expect(cell(done!, '使用话术')).toBe('nm-1 nm-2');
    expect(cell(done!, '通话状态')).toBe('已完成');
    expect(cell(noWrap!, '通话状态')).toBe('已挂断，未填小结');
    expect(cell(open!, '通话状态')).toBe('未结束（无结束时间）');
    expect(cell(open!, '结束时间')).toBe('');
    const json = JSON.parse((await exportRange({ from: '2026-11-01', to: '2026-11-30' }, 'json', {}, d)).text);
    expect(json.calls.map((c: { state: string }) => c.state)).toEqual(['complete', 'no-wrap-up', 'unfinished']);
    expect(json.calls[0].call.scriptsUsed).toEqual(['nm-1', 'nm-2']);
  });

  it('refuses a reversed range', async () => {
    await expect(exportRange({ from: '2026-12-01', to: '2026-11-01' }, 'csv', {}, freshDb())).rejects.toBeInstanceOf(RangeError);
  });
});
