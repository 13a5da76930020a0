// The options page's one "policy-lockable field + save status": a locked setting says who set it,
// and every block's status line says done (politely) or why not (as an alert), in the UI language.
import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LockNote, PolicyField, StatusLine, lockedBy } from '@/components/options/policy/PolicyField';
import { useSaveStatus } from '@/components/options/policy/useSaveStatus';
import { DbWriteError } from '@/lib/db';
import { loadLocale, translator } from '@/lib/i18n';

afterEach(cleanup);

describe('policy-lockable field', () => {
  it('labels its control and says when policy sets it', async () => {
    await loadLocale('zh-CN');
    const t = translator('zh-CN');
    render(
      <PolicyField id="days" label="保留天数" locked t={t}>
        <input id="days" disabled />
      </PolicyField>,
    );
    expect(screen.getByLabelText('保留天数')).toHaveProperty('disabled', true);
    expect(document.querySelector('.locked')!.textContent).toBe(t('options.locked'));
    cleanup();
    render(<LockNote locked={false} t={t} />);
    expect(document.querySelector('.locked')).toBeNull();
    expect(lockedBy({ locked: ['retentionDays'] })('retentionDays')).toBe(true);
    expect(lockedBy({ locked: ['retentionDays'] })('traineeMode')).toBe(false);
  });
});

describe('save status', () => {
  it('says done, says why not, and words a database failure in the UI language', async () => {
    await loadLocale('en');
    const t = translator('en');
    const { result } = renderHook(() => useSaveStatus('en', t));
    await act(() => result.current.run(async () => 3, (n) => `saved ${n}`));
    expect(result.current.message).toEqual({ ok: true, text: 'saved 3' });
    expect(result.current.busy).toBe(false);

    act(() => result.current.fail('pick a date'));
    expect(result.current.message).toEqual({ ok: false, text: 'pick a date' });

    const failed = await act(() => result.current.run(() => Promise.reject(new DbWriteError('quota', 'QuotaExceededError: full'))));
    expect(failed).toBeUndefined();
    expect(result.current.message?.ok).toBe(false);
    expect(result.current.message?.text).toBe(new DbWriteError('quota', 'QuotaExceededError: full').messageIn('en'));

    render(<StatusLine status={result.current} testId="s" />);
    expect(screen.getByTestId('s').getAttribute('role')).toBe('alert');
  });

  it('words failures its own way when the block says how', async () => {
    const t = translator('en');
    const { result } = renderHook(() => useSaveStatus('en', t, (e) => `key problem: ${(e as Error).message}`));
    await act(() => result.current.run(() => Promise.reject(new Error('bad passphrase'))));
    expect(result.current.message).toEqual({ ok: false, text: 'key problem: bad passphrase' });
  });
});
