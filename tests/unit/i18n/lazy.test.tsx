// Only the active locale's table is loaded: a page loads its setting's locale before its first
// render (no keys on screen), and another table only when the agent switches language.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import type { Locale } from '@/lib/i18n';

afterEach(() => cleanup());

describe('locale loading', () => {
  it('loads the start locale alone, and another one on a switch, never showing keys', async () => {
    vi.resetModules(); // a fresh lib/i18n: the test setup's preloaded tables are not in it
    const i18n = await import('@/lib/i18n');
    const { loadStartLocale } = await import('@/lib/i18n/start');
    const { updateSettings } = await import('@/lib/settings');
    const { useUiLocale } = await import('@/components/shared/useUiLocale');
    const loaded = () => i18n.LOCALES.filter(i18n.isLocaleLoaded);
    expect(loaded()).toEqual([]);

    await updateSettings({ locale: 'en' });
    expect(await loadStartLocale()).toBe('en');
    expect(loaded()).toEqual(['en']);

    function Title({ wanted }: { wanted: Locale | null }) {
      const locale = useUiLocale(wanted);
      return <h1 lang={locale}>{i18n.translator(locale)('options.title')}</h1>;
    }
    const view = render(<Title wanted={null} />); // settings not read yet by the page
    expect(screen.getByRole('heading').textContent).toBe('Daihou Assist · Options');
    view.rerender(<Title wanted="en" />);
    expect(screen.getByRole('heading').textContent).toBe('Daihou Assist · Options');

    view.rerender(<Title wanted="zh-TW" />); // the agent switches language in the options
    expect(screen.getByRole('heading').textContent).toBe('Daihou Assist · Options'); // until zh-TW is in
    expect((await screen.findByText('貸後助手 · 設定')).getAttribute('lang')).toBe('zh-TW');
    expect(loaded()).toEqual(['zh-TW', 'en']);
  });
});
