// Searching a prohibited tactic by any of its common names shows "违规手法 · 为什么不行 · 应该怎么做":
// why it is unlawful, the law, and the lawful routes — never scripts that carry it out.
import { describe, expect, it } from 'vitest';
import { renderDebtor, fireEvent, screen, waitFor } from './helpers';

const NAMES: [string, string][] = [
  ['黑白脸', 'good-cop-bad-cop'],
  ['软硬兼施', 'good-cop-bad-cop'],
  ['锁机', 'device-lock'],
  ['拖车', 'vehicle-repossession'],
  ['暗访', 'covert-surveillance'],
  ['车轮战', 'relay'],
  ['轮番轰炸', 'relay'],
  ['爆通讯录', 'pressure-third-parties'],
  ['呼死你', 'relay'],
  ['上门围堵', 'group-visit'],
  ['曝光黑名单', 'public-blacklist'],
  ['杀一儆百', 'kill-one-warn-hundred'],
  ['威胁财产', 'property-threat'],
  ['联系家人施压', 'pressure-third-parties'],
];

describe('script search: prohibited tactics', () => {
  it('explains each tactic by its common names: why, the law, what to do instead', async () => {
    await renderDebtor();
    const box = screen.getByTestId('script-search');
    for (const [name, id] of NAMES) {
      fireEvent.change(box, { target: { value: name } });
      const card = await waitFor(() => {
        const c = screen.getAllByTestId('prohibited-tactic').find((e) => e.getAttribute('data-tactic') === id);
        expect(c, name).toBeDefined();
        return c!;
      });
      const text = card.textContent ?? '';
      expect(text, name).toContain('违规手法');
      expect(text, name).toContain('为什么不行');
      expect(text, name).toContain('应该怎么做');
      expect(card.querySelector('[data-testid="tactic-why"]')?.textContent?.length ?? 0, name).toBeGreaterThan(10);
      expect(card.querySelector('[data-testid="tactic-law"]')?.textContent, name).toMatch(/《|银保监/);
      expect(card.querySelectorAll('[data-alternative]').length, name).toBeGreaterThan(0);
    }
  });

  it('an ordinary search shows no tactic', async () => {
    await renderDebtor();
    fireEvent.change(screen.getByTestId('script-search'), { target: { value: '分期还款' } });
    await waitFor(() => expect(screen.getByTestId('search-results')).toBeTruthy(), { timeout: 5_000 });
    expect(screen.queryAllByTestId('prohibited-tactic')).toHaveLength(0);
  });
});
