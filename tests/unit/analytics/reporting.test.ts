// Daily posting to the policy's reportingEndpoint: nothing without it (or without https), each
// finished day once, a failed day tried again at the next tick.
import { describe, expect, it, vi } from 'vitest';
import { reportDue } from '@/lib/analytics/reporting';
import { settingsItem } from '@/lib/settings';
import { saveCallWithNote, upsertDebtor } from '@/lib/db';
import { zonedTime } from '@/lib/time';
import { ctx, freshDb, key } from '../db/helpers';

const NOW = zonedTime('2026-11-20', 'Asia/Shanghai', 9);
const scriptInfo = async () => new Map();
const ok = () => vi.fn(async () => new Response('{}', { status: 200 }));

describe('daily roll-up reporting', () => {
  it('sends nothing without an https endpoint', async () => {
    const fetch = ok();
    await settingsItem.setValue({ analyticsTeamSalt: 's3cret', rollupAgentId: 'A1' });
    expect(await reportDue({ fetch, now: NOW, scriptInfo })).toEqual({ status: 'off' });
    await settingsItem.setValue({ analyticsTeamSalt: 's3cret', rollupAgentId: 'A1', reportingEndpoint: 'http://intranet.bank/rollups' });
    expect(await reportDue({ fetch, now: NOW, scriptInfo })).toEqual({ status: 'off' });
    await settingsItem.setValue({ reportingEndpoint: 'https://intranet.bank/rollups' });
    expect(await reportDue({ fetch, now: NOW, scriptInfo })).toEqual({ status: 'not-configured' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('posts each finished day once, as a roll-up, and retries a failed day', async () => {
    const d = freshDb();
    await upsertDebtor(ctx('王芳', '6222 0000 1111 2222'), {}, d);
    await saveCallWithNote({ debtorKey: key('6222 0000 1111 2222', '王芳'), result: { outcome: 'refused' }, note: '王芳说没钱', now: zonedTime('2026-11-19', 'Asia/Shanghai', 10) }, d);
    await settingsItem.setValue({ analyticsTeamSalt: 's3cret', rollupAgentId: 'A1', reportingEndpoint: 'https://intranet.bank/rollups' });
    const fail = vi.fn(async () => new Response('', { status: 503 }));
    expect(await reportDue({ fetch: fail, now: NOW, scriptInfo, database: d })).toEqual({ status: 'failed', days: [], failedDay: '2026-11-13' });
    const fetch = ok();
    const r = await reportDue({ fetch, now: NOW, scriptInfo, database: d });
    expect(r).toEqual({ status: 'sent', days: ['2026-11-13', '2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19'] });
    const calls = fetch.mock.calls as unknown as [string, RequestInit][];
    expect(calls.every(([url, init]) => url === 'https://intranet.bank/rollups' && init.method === 'POST')).toBe(true);
    const last = JSON.parse(String(calls.at(-1)![1].body));
    expect(last).toMatchObject({ format: 'daihou-assist-rollup', agentId: 'A1', period: { from: '2026-11-19', to: '2026-11-19' } });
    expect(String(calls.at(-1)![1].body)).not.toContain('王芳');
    expect(await reportDue({ fetch, now: NOW, scriptInfo, database: d })).toEqual({ status: 'up-to-date' });
    expect(await reportDue({ fetch, now: NOW + 86_400_000, scriptInfo, database: d })).toEqual({ status: 'sent', days: ['2026-11-20'] });
  });
});

describe('reporting alarm', () => {
  it('is created once and a tick runs the report', async () => {
    const { registerReporting, REPORT_ALARM } = await import('@/lib/analytics/reporting');
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const fetch = ok();
    await settingsItem.setValue({ analyticsTeamSalt: 's3cret', rollupAgentId: 'A1', reportingEndpoint: 'https://intranet.bank/rollups' });
    registerReporting({ fetch, scriptInfo, database: freshDb() });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(REPORT_ALARM)).toBeTruthy());
    const first = await fakeBrowser.alarms.get(REPORT_ALARM);
    registerReporting({ fetch, scriptInfo });
    await new Promise((r) => setTimeout(r, 20));
    expect((await fakeBrowser.alarms.get(REPORT_ALARM))!.scheduledTime).toBe(first!.scheduledTime);
    await fakeBrowser.alarms.onAlarm.trigger(first!);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
  });
});
