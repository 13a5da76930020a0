// The options page's CSV export words the stored codes in the UI language: outcomes and promise
// states from the UI text, stages and situations by the active pack's titles.
import { describe, expect, it } from 'vitest';
import { exportLabels } from '@/components/options/data/ExportPanel';
import { translator } from '@/lib/i18n';
import { setDefaultPackLoader } from '@/lib/packs/library';
import { loadDefaultPackNode } from '@/lib/packs/load-node';
import './helpers';

describe('export labels', () => {
  it('zh-CN: ptp, negotiate, pending are 承诺还款, 协商方案, 待履行', async () => {
    setDefaultPackLoader(async () => loadDefaultPackNode());
    const l = await exportLabels(translator('zh-CN'), 'zh-CN');
    expect([l.outcome?.('ptp'), l.stage?.('negotiate'), l.promiseStatus?.('pending'), l.scenario?.('no-money-now')]).toEqual(['承诺还款', '协商方案', '待履行', expect.any(String)]);
    expect(l.scenario?.('no-money-now')).not.toBe('no-money-now');
    expect(l.outcome?.('made-up')).toBeUndefined();
  });

  it('en follows the UI language', async () => {
    setDefaultPackLoader(async () => loadDefaultPackNode());
    const l = await exportLabels(translator('en'), 'en');
    expect([l.stage?.('negotiate'), l.outcome?.('ptp'), l.promiseStatus?.('kept')]).toEqual(['Negotiate', 'Promise to pay', 'kept']);
  });
});
