import { describe, expect, it } from 'vitest';
import { toSimplified } from '@/lib/text/simplify';
import { loadToTraditional } from '@/lib/text/traditional';

describe('Chinese script conversion', () => {
  it('reads Traditional as Simplified for matching', () => {
    expect(toSimplified('我現在沒錢還款')).toBe('我现在没钱还款');
  });
  it('shows Simplified pack text in Traditional for zh-TW agents', async () => {
    const toTW = await loadToTraditional();
    expect(toTW('您好，请问您方便说话吗？我们核实一下还款时间。')).toBe('您好，請問您方便說話嗎？我們核實一下還款時間。');
    expect(toTW('等您发工资后，先还最低还款额')).toBe('等您發工資後，先還最低還款額');
  });
});
