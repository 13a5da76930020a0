// The exporter against a database full of personal data: the file holds none of it, and its
// figures are the database's.
import { describe, expect, it } from 'vitest';
import { computeModel } from '@/lib/analytics/metrics';
import { exportRollup, RollupExportError, rollupFileName, scriptInfoOf } from '@/lib/analytics/rollup-export';
import { importRollups, TeamStore } from '@/lib/analytics/rollup-import';
import { decodeInts } from '@/lib/analytics/rollup-codec';
import { splitHashes } from '@/lib/analytics/rollup-format';
import { saveCallWithNote, startCall, updateCall, upsertDebtor, markPromise } from '@/lib/db';
import { zonedTime } from '@/lib/time';
import { ctx, freshDb, key } from '../db/helpers';

const PEOPLE = [
  { name: '欧阳建国', account: '6222021234567890123', phone: '13812345678', idCard: '110101199003077719', caseId: 'CS-2026-004817' },
  { name: '李秀英', account: '6217000011112222333', phone: '13987654321', idCard: '440301198512120028', caseId: 'CS-2026-009321' },
  { name: 'Zhang Wei', account: '4111111111111111', phone: '+8613700001111', idCard: '31010419800101123X', caseId: 'CASE-77-ALPHA' },
];
const NOTES = ['客户称下月十五号发工资后还款三千元', '本人说妻子住院了暂时没钱', 'Debtor said he lost his job at the factory'];
const TRANSCRIPT = '我是欧阳建国，我的身份证号是110101199003077719';
const OVERRIDE = '客户主动要求晚上九点半回电-欧阳';
const SCRIPT_INFO = scriptInfoOf(
  { scenarios: [{ id: 'no-money-now', scripts: [{ id: 'no-money-now-1', sourcePackId: 'default' }] }, { id: 'after-payday', scripts: [{ id: 'after-payday-2', sourcePackId: 'bank-pack' }] }], stageScripts: [{ id: 'open-1', sourcePackId: 'default' }] },
  new Map([['default', { packId: 'default', version: '1.4.0' }], ['bank-pack', { packId: 'bank-pack', version: '2.0.1' }]]),
);

async function seed() {
  const d = freshDb();
  const at = (day: string, h: number) => zonedTime(day, 'Asia/Shanghai', h);
  const keys: string[] = [];
  for (const [i, p] of PEOPLE.entries()) {
    const f = (value: string | number) => ({ value, raw: String(value), confidence: 0.9, source: { method: 'dl' as const } });
    await upsertDebtor(ctx(p.name, p.account, { phone: f(p.phone), idNumber: f(p.idCard), caseId: f(p.caseId), daysPastDue: f(45 + i * 30), amountOverdue: f(12345.67 + i) } as never), {}, d);
    keys.push(key(p.account, p.name));
  }
  // Debtor 0: reached, promised 3,000 (kept later); debtor 1: no answer then reached with a refusal;
  // debtor 2: a third party answered; a call with scripts, findings, an override and a transcript-like scenario id.
  const a = await saveCallWithNote({ debtorKey: keys[0]!, result: { outcome: 'ptp', scenarios: ['after-payday'], scriptsUsed: ['after-payday-2', 'open-1'], findings: [{ ruleId: 'call-window', severity: 'block', message: { 'zh-CN': `${PEOPLE[0]!.name} 超出时段` }, overridden: true }], overrideReason: OVERRIDE, demandReached: { recordingRef: `REC-${PEOPLE[0]!.phone}` } }, note: NOTES[0]!, promise: { amount: 3000, dueDate: '2026-11-15', method: `微信 ${PEOPLE[0]!.phone}` }, now: at('2026-11-10', 10) }, d);
  await markPromise(a.promiseId!, 'kept', { note: NOTES[1]!, paidAmount: 3000 }, d);
  await saveCallWithNote({ debtorKey: keys[1]!, result: { outcome: 'no-answer' }, note: NOTES[1]!, now: at('2026-11-10', 14) }, d);
  await saveCallWithNote({ debtorKey: keys[1]!, result: { outcome: 'refused', scenarios: ['no-money-now', TRANSCRIPT], scriptsUsed: ['no-money-now-1', `${PEOPLE[1]!.phone}`] }, note: NOTES[1]!, now: at('2026-11-11', 9) }, d);
  await saveCallWithNote({ debtorKey: keys[2]!, contact: 'spouse-1', result: { outcome: 'third-party', scenarios: [TRANSCRIPT] }, note: NOTES[2]!, now: at('2026-11-11', 16) }, d);
  // An unsaved call with a draft, and a call outside the period: neither counts.
  const open = await startCall(keys[2]!, { startedAt: at('2026-11-11', 17) }, d);
  await updateCall(open, { scenarios: ['no-money-now'] }, d);
  await saveCallWithNote({ debtorKey: keys[2]!, result: { outcome: 'ptp' }, note: NOTES[2]!, promise: { amount: 99999, dueDate: '2026-12-30', method: 'counter' }, now: at('2026-12-20', 10) }, d);
  return d;
}

describe('roll-up exporter', () => {
  it('a database full of personal data gives a file with none of it', async () => {
    const d = await seed();
    const file = await exportRollup({ agentId: 'A1027', from: '2026-11-01', to: '2026-11-30', salt: 'team-salt-2026', scriptInfo: SCRIPT_INFO, now: Date.UTC(2026, 11, 1), database: d });
    const text = JSON.stringify(file);
    const secrets = [
      ...PEOPLE.flatMap((p) => [p.name, p.account, p.phone, p.idCard, p.caseId, p.account.slice(-8), p.phone.slice(-8), p.idCard.slice(-8)]),
      ...NOTES,
      TRANSCRIPT,
      OVERRIDE,
      '欧阳',
      '李秀英',
      'Zhang',
      '12345.67',
      '3000',
      '99999',
      '微信',
      'spouse-1',
      'REC-',
      '127.0.0.1',
      'case.html',
      '超出时段',
    ];
    for (const s of secrets) expect(text.includes(s), `file contains ${s}`).toBe(false);
    expect(text).not.toMatch(/[\u4e00-\u9fff]/); // no Chinese text of any kind
    // No long digit run (phones, accounts, ids, amounts) outside the timestamp and the hex hashes.
    const { createdAt: _t, checksum: _c, saltFingerprint: _f, dictionaries, cubes, ...rest } = file;
    expect(JSON.stringify({ ...rest, dictionaries: { ...dictionaries, hashes: '' } })).not.toMatch(/\d{7,}/);
    // The cubes are small integers only: days, hours, indexes and counts.
    for (const c of Object.values(cubes)) expect([...decodeInts(c)!].every((v) => Math.abs(v) < 100_000)).toBe(true);
    expect(dictionaries.hashes).toMatch(/^(?:[0-9a-f]{16})+$/);
    expect(rollupFileName(file)).toBe('daihou-rollup-A1027-2026-11-01_2026-11-30.json');
    expect(file.dictionaries.scripts.map((s) => s.id).sort()).toEqual(['after-payday-2', 'no-money-now-1', 'open-1', 'other']);
    expect(file.dictionaries.situations.sort()).toEqual(['after-payday', 'no-money-now', 'other']);
    expect(file.dictionaries.packs).toEqual(expect.arrayContaining([{ id: 'bank-pack', version: '2.0.1' }, { id: 'default', version: '1.4.0' }]));
  });

  it('the figures are the database’s', async () => {
    const d = await seed();
    const file = await exportRollup({ agentId: 'A1027', from: '2026-11-01', to: '2026-11-30', salt: 'team-salt-2026', scriptInfo: SCRIPT_INFO, database: d });
    const store = new TeamStore();
    expect((await importRollups(store, [{ name: 'a.json', text: JSON.stringify(file) }]))[0]!.status).toBe('imported');
    const m = computeModel(store);
    expect(m.totals).toMatchObject({ attempts: 4, rpc: 2, promises: 1, kept: 1, pending: 0, distinctReached: 2, distinctPromised: 1, distinctKept: 1 });
    expect(m.byRule).toEqual([{ rule: 'call-window', agent: 'A1027', severity: 'block', findings: 1, overrides: 1 }]);
    expect(m.byHour[10]!.attempts).toBe(1);
    // Bucket at the call: 45 days past due read on 2023-11-14 → M2 (days after the reading do not count back).
    expect(m.byBucket.find((b) => b.bucket === 'M2')?.promises).toBe(1);
    expect(m.byBand.find((b) => b.band === '1k–5k')).toMatchObject({ promises: 1, kept: 1 });
  });

  it('the same debtor hashes alike for two agents of a team, differently for another team', async () => {
    const d = await seed();
    const opts = { from: '2026-11-01', to: '2026-11-30', scriptInfo: SCRIPT_INFO, database: d };
    const a = await exportRollup({ ...opts, agentId: 'A1', salt: 'team-salt-2026' });
    const b = await exportRollup({ ...opts, agentId: 'B2', salt: 'team-salt-2026' });
    const c = await exportRollup({ ...opts, agentId: 'C3', salt: 'other-salt' });
    expect(b.dictionaries.hashes).toEqual(a.dictionaries.hashes);
    expect(b.saltFingerprint).toBe(a.saltFingerprint);
    expect(splitHashes(c.dictionaries.hashes).some((h) => splitHashes(a.dictionaries.hashes).includes(h))).toBe(false);
    const store = new TeamStore();
    await importRollups(store, [a, b].map((f, i) => ({ name: `${i}.json`, text: JSON.stringify(f) })));
    expect(computeModel(store).totals).toMatchObject({ attempts: 8, distinctReached: 2 });
  });

  it('refuses a bad agent id, period or an empty salt', async () => {
    const d = freshDb();
    const base = { agentId: 'A1', from: '2026-11-01', to: '2026-11-30', salt: 's', scriptInfo: SCRIPT_INFO, database: d };
    await expect(exportRollup({ ...base, agentId: 'A 1' })).rejects.toBeInstanceOf(RollupExportError);
    await expect(exportRollup({ ...base, from: '2026-12-01' })).rejects.toMatchObject({ code: 'period' });
    await expect(exportRollup({ ...base, salt: '  ' })).rejects.toMatchObject({ code: 'salt' });
  });
});
