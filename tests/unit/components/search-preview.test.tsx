// Script search previews read like the cards: the debtor's values filled in, a missing value as a
// readable blank, never a raw `{name}` / `{daysPastDue}` placeholder.
import { describe, expect, it } from 'vitest';
import { casePage, field, fireEvent, renderDebtor, screen, waitFor } from './helpers';

const previews = () => screen.queryAllByTestId('search-preview').map((p) => p.textContent ?? '');

describe('script search previews', () => {
  it('fill the debtor name and days past due; a value the page lacks is a blank', async () => {
    await renderDebtor({ page: casePage({ daysPastDue: field(40) }) });
    fireEvent.change(screen.getByTestId('script-search'), { target: { value: '征信' } });
    await waitFor(() => expect(previews().length).toBeGreaterThan(0), { timeout: 5_000 });
    for (const p of previews()) expect(p).not.toMatch(/\{[A-Za-z]\w*\}/);
    expect(previews().some((p) => p.includes('张伟') && p.includes('逾期40天'))).toBe(true);
  });

  it('without the days past due the preview shows a blank to fill', async () => {
    await renderDebtor();
    fireEvent.change(screen.getByTestId('script-search'), { target: { value: '征信' } });
    await waitFor(() => expect(previews().length).toBeGreaterThan(0), { timeout: 5_000 });
    for (const p of previews()) expect(p).not.toMatch(/\{[A-Za-z]\w*\}/);
    expect(previews().some((p) => p.includes('逾期＿＿＿天'))).toBe(true);
  });
});
