// Call-back reminders: one alarm at each agreed time, a notification when it comes (the time on the
// debtor's clock, no full name by default), once; a call-back made early needs no reminder; a
// click opens the debtor's CRM page.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveCallWithNote, upsertDebtor } from '@/lib/db';
import {
  CALLBACK_GRACE_MS,
  callbackCallIdOf,
  callbackNotificationFor,
  CHECK_ALARM,
  checkCallbacks,
  handleAlarm,
  handleNotificationClick,
  planCallbackAlarms,
  scheduleReminders,
} from '@/lib/reminders';
import { zonedTimeToEpoch } from '@/lib/time';
import { ctx, freshDb, key } from '../db/helpers';

// The agent's browser speaks Chinese (notifications follow the UI language; `auto` reads the browser's).
beforeEach(() => {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-CN']);
});

const HOUR = 3_600_000;

describe('call-back reminders (pure)', () => {
  it('plans one alarm per agreed time still ahead', () => {
    const now = 1_000_000;
    expect(planCallbackAlarms([{ id: 2, callbackAt: now + 2 * HOUR }, { id: 1, callbackAt: now + HOUR }, { id: 3, callbackAt: now - 1 }, { id: 4 }], now)).toEqual([
      { name: 'daihou-callback:1', when: now + HOUR },
      { name: 'daihou-callback:2', when: now + 2 * HOUR },
    ]);
  });
  it('names the time on the debtor’s clock, and by default only the surname and last four digits', () => {
    const at = zonedTimeToEpoch('2026-11-23', 15 * 60 + 30, 'America/New_York');
    const c = { id: 9, debtorKey: 'x|6225 **** 8812', callbackAt: at, callbackZone: 'America/New_York', timeZone: 'Asia/Shanghai' };
    const n = callbackNotificationFor(c, { name: '张伟', accountId: '6225 **** 8812' });
    expect(n).toEqual({ id: 'daihou-callback-call:9', title: '约定回拨时间到了', message: '张*（尾号 8812）约定 15:30（债务人当地时间）回拨，请现在联系。' });
    expect(callbackNotificationFor(c, { name: '张伟', accountId: '6225 **** 8812' }, { details: true }).message).toContain('张伟（6225 **** 8812）');
    expect(callbackCallIdOf(n.id)).toBe(9);
    expect(callbackCallIdOf('daihou-promise:9')).toBeNull();
  });
});

describe('call-back reminders (fakeBrowser)', () => {
  async function seed() {
    const d = freshDb();
    const now = Date.now();
    await upsertDebtor(ctx('张伟', '6225 **** 8812'), {}, d);
    const debtorKey = key('6225 **** 8812');
    const { callId } = await saveCallWithNote({ debtorKey, note: '客户开车中', result: { outcome: 'callback', callback: { at: now + HOUR, timeZone: 'Asia/Shanghai' } }, now }, d);
    return { d, now, callId, debtorKey, deps: (at: number) => ({ database: d, now: () => at, notificationDetails: async () => false }) };
  }

  it('schedules an alarm at the agreed time beside the periodic check', async () => {
    const { d, now, callId } = await seed();
    await scheduleReminders({ database: d, now: () => now });
    expect((await fakeBrowser.alarms.get(`daihou-callback:${callId}`))?.scheduledTime).toBe(now + HOUR);
    expect(await fakeBrowser.alarms.get(CHECK_ALARM)).toBeDefined();
  });

  it('the alarm shows the reminder once; the periodic check catches one missed while closed, within the grace', async () => {
    const { now, callId, deps } = await seed();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    expect(await checkCallbacks(deps(now))).toEqual([]); // not yet
    expect(await handleAlarm({ name: `daihou-callback:${callId}` }, deps(now + HOUR))).toEqual([callId]);
    expect(create).toHaveBeenCalledWith(`daihou-callback-call:${callId}`, expect.objectContaining({ title: '约定回拨时间到了', message: expect.stringContaining('张*（尾号 8812）约定') }));
    expect(JSON.stringify(create.mock.calls)).not.toContain('张伟');
    await handleAlarm({ name: CHECK_ALARM }, deps(now + HOUR + 60_000));
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('a missed one is announced by the periodic check within the grace, not after', async () => {
    const { now, callId, deps } = await seed();
    expect(await checkCallbacks(deps(now + HOUR + CALLBACK_GRACE_MS + 60_000))).toEqual([]);
    expect(await checkCallbacks(deps(now + HOUR + 30 * 60_000))).toEqual([callId]);
  });

  it('a call-back made early needs no reminder and its alarm is cleared', async () => {
    const { d, now, callId, debtorKey, deps } = await seed();
    await scheduleReminders(deps(now));
    await saveCallWithNote({ debtorKey, note: '', result: { outcome: 'refused' }, now: now + 10 * 60_000 }, d);
    await scheduleReminders(deps(now + 10 * 60_000));
    expect(await fakeBrowser.alarms.get(`daihou-callback:${callId}`)).toBeUndefined();
    expect(await checkCallbacks(deps(now + HOUR))).toEqual([]);
  });

  it('clicking the reminder opens the debtor’s CRM page', async () => {
    const { callId, deps, now } = await seed();
    const open = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await handleNotificationClick(`daihou-callback-call:${callId}`, deps(now))).toMatch(/case\.html/);
    expect(open).toHaveBeenCalledTimes(1);
  });
});
