import { describe, expect, it } from 'vitest';
import { scriptSchema, type Script } from '@/lib/packs/schema';
import { BLANK, segmentsToString } from '@/lib/packs/variables';
import { productTag, rankScripts } from '@/lib/suggest/rank-scripts';

const script = (s: Partial<Script> & { id: string }): Script =>
  scriptSchema.parse({ text: '{name}您好', stage: 'negotiate', discloses: false, ...s });

describe('rankScripts', () => {
  const scripts = [
    script({ id: 'generic' }),
    script({ id: 'late', buckets: ['M4', 'M5', 'M6+'] }),
    script({ id: 'early-card', buckets: ['M1'], products: ['credit-card'], personas: ['indecisive'] }),
    script({ id: 'amount', text: '逾期{amountOverdue}元', discloses: true }),
  ];

  it('prefers scripts whose bucket, product and persona match the context', () => {
    const r = rankScripts(scripts, { daysPastDue: 12, product: '信用卡', persona: 'indecisive' }, { name: '张三' });
    expect(r[0]!.script.id).toBe('early-card');
    expect(r[0]!.reasons).toEqual(['bucket:M1', 'product:credit-card', 'persona:indecisive']);
    const late = rankScripts(scripts, { bucket: 'M6+' }, {});
    expect(late[0]!.script.id).toBe('late');
  });

  it('holds back disclosing scripts until identity is verified, and fills blanks visibly', () => {
    const r = rankScripts(scripts, { identityVerified: false }, {});
    expect(r.at(-1)!.script.id).toBe('amount');
    expect(r.at(-1)!.heldBack).toBe(true);
    expect(segmentsToString(r.at(-1)!.segments)).toBe(`逾期${BLANK}元`);
    expect(rankScripts(scripts, { identityVerified: true }, {}).some((x) => x.heldBack)).toBe(false);
  });

  it('maps CRM product names to tags', () => {
    expect(['信用卡', '个人消费贷款', '小微经营贷', '住房按揭', 'credit-card', ''].map(productTag)).toEqual(['credit-card', 'consumer-loan', 'business-loan', 'mortgage', 'credit-card', null]);
  });
});
