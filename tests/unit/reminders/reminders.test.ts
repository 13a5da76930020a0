import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addPromise, listAudit, saveCallWithNote, upsertDebtor } from '@/lib/db';
import { addDays, todayISO } from '@/lib/time';
import {
  CHECK_ALARM,
  checkPromises,
  handleAlarm,
  handleNotificationClick,
  notificationFor,
  planReminderAlarms,
  promiseIdOf,
  promisesToAnnounce,
  registerReminders,
  reminderTime,
  scheduleReminders,
} from '@/lib/reminders';
import { ctx, DAY, freshDb, key } from '../db/helpers';
import { settingsItem } from '@/lib/settings';

// The agent's browser speaks Chinese (notifications follow the UI language; `auto` reads the browser's).
beforeEach(() => {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-CN']);
});

const TODAY = '2026-11-22';
const at9 = reminderTime(TODAY);

describe('plan (pure)', () => {
  it('plans one 09:00 alarm per future due date of pending promises', () => {
    const ps = [
      { dueDate: '2026-11-23', status: 'pending' as const },
      { dueDate: '2026-11-23', status: 'pending' as const },
      { dueDate: '2026-11-25', status: 'kept' as const },
      { dueDate: TODAY, status: 'pending' as const },
    ];
    expect(planReminderAlarms(ps, at9 - 60_000)).toEqual([
      { name: `daihou-reminder:${TODAY}`, when: at9 },
      { name: 'daihou-reminder:2026-11-23', when: reminderTime('2026-11-23') },
    ]);
    expect(planReminderAlarms(ps, at9 + 1).map((a) => a.name)).toEqual(['daihou-reminder:2026-11-23']);
    // An extra reminder day the agent confirmed gets its own alarm.
    const early = [{ dueDate: '2026-11-26', status: 'pending' as const, remindOn: '2026-11-25' }];
    expect(planReminderAlarms(early, at9 + 1).map((a) => a.name)).toEqual(['daihou-reminder:2026-11-25', 'daihou-reminder:2026-11-26']);
  });

  it('announces pending promises due today once, from 09:00, not those taken this afternoon', () => {
    const p = (over: object) => ({ id: 1, debtorKey: 'a|1', amount: 1, currency: 'CNY', dueDate: TODAY, method: 'x', status: 'pending' as const, createdAt: at9 - DAY, updatedAt: 0, ...over });
    expect(promisesToAnnounce([p({})], TODAY, at9 - 1)).toEqual([]);
    expect(promisesToAnnounce([p({})], TODAY, at9 - 1, true)).toHaveLength(1);
    expect(promisesToAnnounce([p({})], TODAY, at9 + 1)).toHaveLength(1);
    expect(promisesToAnnounce([p({ remindedOn: TODAY })], TODAY, at9 + 1)).toEqual([]);
    expect(promisesToAnnounce([p({ createdAt: at9 + 3_600_000 })], TODAY, at9 + 7_200_000)).toEqual([]);
    expect(promisesToAnnounce([p({ status: 'kept' })], TODAY, at9 + 1)).toEqual([]);
  });

  it('by default a notification names only the surname and the last four digits: no amount, no full name', () => {
    const p = { id: 7, debtorKey: 'a|6225880012348812', amount: 1834.28, currency: 'CNY', dueDate: TODAY, method: '手机银行', status: 'pending' as const, createdAt: 0, updatedAt: 0 };
    expect(notificationFor(p, { name: '张伟', accountId: '6225 **** 8812' })).toEqual({ id: 'daihou-promise:7', title: '还款承诺今日到期', message: '张*（尾号 8812）的还款承诺今日到期，请在 CRM 中核实是否到账。' });
    expect(notificationFor(p, undefined).message).toBe('客户（尾号 8812）的还款承诺今日到期，请在 CRM 中核实是否到账。');
  });

  it('with details on, writes the notification in Chinese with name, account, amount and method', () => {
    const n = notificationFor(
      { id: 7, debtorKey: 'a|1', amount: 1834.28, currency: 'CNY', dueDate: TODAY, method: '手机银行', status: 'pending', createdAt: 0, updatedAt: 0 },
      { name: '张伟', accountId: '6225 **** 8812' },
      { details: true },
    );
    expect(n).toEqual({ id: 'daihou-promise:7', title: '还款承诺今日到期', message: '张伟（6225 **** 8812）承诺今日通过手机银行还款 ¥1,834.28。请核实是否到账。' });
    expect(promiseIdOf('daihou-promise:7')).toBe(7);
    expect(promiseIdOf('other:7')).toBeNull();
  });
});

describe('alarms and notifications (fakeBrowser)', () => {
  async function seed() {
    const d = freshDb();
    const today = todayISO();
    await upsertDebtor(ctx('张伟', '6225 **** 8812'), {}, d);
    const yesterday = Date.now() - DAY;
    const due = await addPromise(key('6225 **** 8812'), { amount: 500, dueDate: today, method: '手机银行' }, d, yesterday);
    const future = await addPromise(key('6225 **** 8812'), { amount: 600, dueDate: addDays(today, 3), method: '柜台' }, d, yesterday);
    const late = await addPromise('a|9', { amount: 700, dueDate: addDays(today, -2), method: '柜台' }, d, yesterday - 3 * DAY);
    return { d, today, due, future, late, deps: { database: d, retentionDays: async () => 180 } };
  }

  it('schedules the periodic check and the due-date alarms', async () => {
    const { d, today } = await seed();
    await scheduleReminders({ database: d });
    const names = (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
    expect(names).toContain(CHECK_ALARM);
    expect(names).toContain(`daihou-reminder:${addDays(today, 3)}`);
    expect((await fakeBrowser.alarms.get(CHECK_ALARM))?.periodInMinutes).toBe(30);
  });

  it('a due-date alarm shows a notification per promise due today, once, and marks late ones broken', async () => {
    const { d, today, due, late, deps } = await seed();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const ids = await handleAlarm({ name: `daihou-reminder:${today}` }, deps);
    expect(ids).toEqual([due]);
    expect(create).toHaveBeenCalledWith(
      `daihou-promise:${due}`,
      expect.objectContaining({ type: 'basic', title: '还款承诺今日到期', message: expect.stringContaining('张*（尾号 8812）的还款承诺今日到期') }),
    );
    const shown = JSON.stringify(create.mock.calls);
    expect(shown).not.toContain('张伟');
    expect(shown).not.toContain('500');
    expect((await d.promises.get(due))?.remindedOn).toBe(today);
    expect((await d.promises.get(late))?.status).toBe('broken');
    expect(await handleAlarm({ name: CHECK_ALARM }, deps)).toEqual([]); // already shown today
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('writes the notification in the UI language: the browser\'s when the setting is auto, else the setting', async () => {
    const { today, due, deps } = await seed();
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await handleAlarm({ name: `daihou-reminder:${today}` }, deps);
    expect(create).toHaveBeenCalledWith(`daihou-promise:${due}`, expect.objectContaining({ title: 'Promise to pay due today' }));
    await settingsItem.setValue({ ...(await settingsItem.getValue()), locale: 'zh-TW' });
    await d2Reset(deps.database, due);
    await handleAlarm({ name: `daihou-reminder:${today}` }, deps);
    expect(create).toHaveBeenLastCalledWith(`daihou-promise:${due}`, expect.objectContaining({ title: '還款承諾今日到期' }));
  });

  it('shows amounts and full names when the setting (or policy) asks for them', async () => {
    const { today, due, deps } = await seed();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await handleAlarm({ name: `daihou-reminder:${today}` }, { ...deps, notificationDetails: async () => true });
    expect(create).toHaveBeenCalledWith(`daihou-promise:${due}`, expect.objectContaining({ message: expect.stringContaining('张伟（6225 **** 8812）承诺今日通过手机银行还款 ¥500.00') }));
  });

  it('a promise saved with a reminder the day before is announced that day as due tomorrow, and again on its due date', async () => {
    const { d, today, deps } = await seed();
    const tomorrow = addDays(today, 1);
    const saved = await saveCallWithNote(
      { debtorKey: key('6225 **** 8812'), result: { outcome: 'ptp' }, note: '', promise: { amount: 800, dueDate: tomorrow, method: '手机银行', remindOn: today }, now: Date.now() - DAY },
      d,
    );
    expect((await d.promises.get(saved.promiseId!))?.remindOn).toBe(today);
    await scheduleReminders({ database: d });
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toContain(`daihou-reminder:${tomorrow}`);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const ids = await handleAlarm({ name: `daihou-reminder:${today}` }, deps);
    expect(ids).toContain(saved.promiseId);
    expect(create).toHaveBeenCalledWith(`daihou-promise:${saved.promiseId}`, expect.objectContaining({ title: '还款承诺明日到期', message: expect.stringContaining('明日到期') }));
    expect((await d.promises.get(saved.promiseId!))?.remindedOn).toBe(today);
    // On the due date itself, the usual reminder still comes.
    expect(promisesToAnnounce([(await d.promises.get(saved.promiseId!))!], tomorrow, reminderTime(tomorrow) + 1)).toHaveLength(1);
  });

  it('refuses a reminder day that is not before the due date', async () => {
    const d = freshDb();
    const today = todayISO();
    await expect(
      saveCallWithNote({ debtorKey: 'a|1', result: { outcome: 'ptp' }, promise: { amount: 1, dueDate: today, method: 'x', remindOn: today } }, d),
    ).rejects.toThrow(RangeError);
  });

  it('runs the retention purge once a day from the periodic check', async () => {
    const { d, deps } = await seed();
    // cn-bank keeps call records two years: a 180-day setting purges only what is older than 730 days.
    await saveCallWithNote({ debtorKey: 'a|1', result: { outcome: 'refused' }, note: '很旧', now: Date.now() - 800 * DAY }, d);
    await checkPromises(deps);
    expect(await d.notes.count()).toBe(0);
    expect((await listAudit({ kind: 'purge' }, d))[0]?.detail).toMatchObject({ days: 730, purged: 1 });
  });

  it('clicking a reminder opens the debtor CRM page', async () => {
    const { due, deps } = await seed();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await handleNotificationClick(`daihou-promise:${due}`, deps)).toMatch(/^http:\/\/127\.0\.0\.1:5174\/case\.html/);
    expect(create).toHaveBeenCalledWith({ url: expect.stringContaining('/case.html'), active: true });
    expect(await handleNotificationClick('something-else', deps)).toBeNull();
  });

  it('registerReminders wires the listeners the background needs', async () => {
    const { today, due, deps } = await seed();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const openTab = vi.spyOn(fakeBrowser.tabs, 'create');
    registerReminders(deps);
    await fakeBrowser.alarms.onAlarm.trigger({ name: `daihou-reminder:${today}`, scheduledTime: Date.now(), persistAcrossSessions: false });
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    await fakeBrowser.notifications.onClicked.trigger(`daihou-promise:${due}`);
    await vi.waitFor(() => expect(openTab).toHaveBeenCalledTimes(1));
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toContain(CHECK_ALARM));
  });
});

describe('notifications in the agent\'s language', () => {
  const p = { id: 7, debtorKey: 'a|6225880012348812', amount: 1834.28, currency: 'CNY', dueDate: TODAY, method: 'mobile banking', status: 'pending' as const, createdAt: 0, updatedAt: 0 };
  it('writes English and Traditional notifications, still masked by default', () => {
    expect(notificationFor(p, { name: '张伟', accountId: '6225 **** 8812' }, { locale: 'en' })).toEqual({
      id: 'daihou-promise:7',
      title: 'Promise to pay due today',
      message: 'The promise to pay of 张* (account ending 8812) is due today: check in the CRM whether the payment arrived.',
    });
    const tw = notificationFor(p, { name: '张伟', accountId: '6225 **** 8812' }, { locale: 'zh-TW' });
    expect(tw.title).toBe('還款承諾今日到期');
    expect(tw.message).toContain('张*（尾號 8812）');
    expect(tw.message).not.toContain('1,834');
  });
  it('says tomorrow on the extra reminder the day before, in every language', () => {
    const due = { ...p, dueDate: addDays(TODAY, 1) };
    expect(notificationFor(due, undefined, { today: TODAY }).title).toBe('还款承诺明日到期');
    expect(notificationFor(due, undefined, { today: TODAY, locale: 'en' }).title).toBe('Promise to pay due tomorrow');
    expect(notificationFor(due, { name: '张伟', accountId: '6225 **** 8812' }, { today: TODAY, locale: 'en', details: true }).message).toBe(
      '张伟 (6225 **** 8812) promised to pay ¥1,834.28 by mobile banking tomorrow. Check whether it arrived.',
    );
  });
  it('the summary counts in the locale\'s plural', async () => {
    const { summaryFor } = await import('@/lib/reminders/plan');
    expect(summaryFor(1, 'en').message).toMatch(/^1 promise to pay is due today/);
    expect(summaryFor(12, 'en').message).toMatch(/^12 promises to pay are due today/);
    expect(summaryFor(12).message).toBe('今日共有 12 笔还款承诺到期，请在侧边栏“今日到期”中逐一核实。');
  });
});

/** Forget that a promise was announced today, so it is announced again. */
async function d2Reset(d: import('@/lib/db').DaihouDB, id: number): Promise<void> {
  await d.promises.update(id, { remindedOn: undefined });
}
