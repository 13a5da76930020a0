// Options → data: the call-backs agreed and not yet made are listed beside the promises due, soonest
// first, with the time on the debtor's clock; one made (the debtor called again) leaves the list.
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PromisesPanel } from '@/components/options/data/PromisesPanel';
import { saveCallWithNote, upsertDebtor } from '@/lib/db';
import { translator } from '@/lib/i18n';
import { zonedTimeToEpoch } from '@/lib/time';
import type { DebtorContext } from '@/lib/extract/types';

const ORIGIN = 'http://127.0.0.1:5174';
function ctx(name: string, account: string): DebtorContext {
  const f = (value: string) => ({ value, raw: value, confidence: 0.9, source: { method: 'dl' as const } });
  return { url: `${ORIGIN}/case.html?id=${account}`, origin: ORIGIN, extractedAt: 1, fields: { name: f(name), accountId: f(account) } };
}

describe('call-backs beside the promises', () => {
  it('lists upcoming call-backs soonest first, in the debtor’s time, until the debtor is called again', async () => {
    const now = Date.now();
    const zhang = await upsertDebtor(ctx('张伟', '6225888800001111'));
    const li = await upsertDebtor(ctx('李娜', '6225888800002222'));
    const nyAt = zonedTimeToEpoch('2099-01-05', 9 * 60 + 30, 'America/New_York');
    const shAt = zonedTimeToEpoch('2099-01-04', 15 * 60, 'Asia/Shanghai');
    await saveCallWithNote({ debtorKey: li.key, result: { outcome: 'callback', callback: { at: nyAt, timeZone: 'America/New_York' } }, now });
    await saveCallWithNote({ debtorKey: zhang.key, result: { outcome: 'callback', callback: { at: shAt, timeZone: 'Asia/Shanghai' } }, now });
    render(<PromisesPanel t={translator('zh-CN')} locale="zh-CN" />);
    const rows = await screen.findAllByTestId('callback-row');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('2099-01-04 15:00（债务人当地时间，Asia/Shanghai）'),
      expect.stringContaining('2099-01-05 09:30（债务人当地时间，America/New_York）'),
    ]);
    expect(rows[0]!.textContent).toContain('张伟');
    expect(screen.getByTestId('callbacks-panel').textContent).toContain('约定回拨（2）');
    await saveCallWithNote({ debtorKey: zhang.key, result: { outcome: 'refused' }, now: now + 1000 });
    await waitFor(() => expect(screen.getAllByTestId('callback-row')).toHaveLength(1));
  });
});
