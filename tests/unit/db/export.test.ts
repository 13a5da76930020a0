import { describe, expect, it } from 'vitest';
import { csvCell, exportRange, listAudit, saveCallWithNote, toCSV, upsertDebtor } from '@/lib/db';
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
    expect(file.text).toContain(',"客户说: ""发了工资就还"", 金额,\n下周五",1834.28,CNY,2026-11-06,手机银行,pending\r\n');
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
    expect(toCSV([], 'en')).toBe('\uFEFFCall id,Started,Ended,Day,Debtor,Account,Outcome,Stage reached,Scenarios,Scripts used,Compliance findings,Override reason,Note,Promised amount,Currency,Promise date,Method,Promise status\r\n');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(undefined)).toBe('');
  });

  it('refuses a reversed range', async () => {
    await expect(exportRange({ from: '2026-12-01', to: '2026-11-01' }, 'csv', {}, freshDb())).rejects.toBeInstanceOf(RangeError);
  });
});
