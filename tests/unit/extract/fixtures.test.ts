// Every fixture CRM markup yields the right debtor fields, and never the distractor next to them.
import { afterEach, describe, expect, it } from 'vitest';
import { extractDebtorContext, fieldElements } from '@/lib/extract';
import { fastSelector } from '@/lib/extract/pick-selector';
import type { DebtorContext, FieldName } from '@/lib/extract/types';
import { loadFixture, type LoadedPage } from './helpers';

type Expect = Partial<Record<FieldName, string | number>>;

const CASES: [string, Expect, { scripts?: boolean; methods?: string[] }?][] = [
  [
    'legacy-table.html',
    {
      name: '王建国', accountId: '6225 **** **** 8812', phone: '138****5521', amountOverdue: 12680.5, daysPastDue: 47,
      bucket: 'M2', product: '白金信用卡', creditLimit: 50000, minimumPayment: 1268.05, lastPaymentDate: '2026-08-03',
      lastPaymentAmount: 500, region: '广东省深圳市', caseId: 'AJ-2026-0918-001', currency: 'CNY',
    },
    { methods: ['table', 'colon'] },
  ],
  [
    'header-table.html',
    {
      name: '刘洋', accountId: 'LN-3301-****-0417', amountOverdue: 23456.78, daysPastDue: 75, bucket: 'M3', product: '经营贷',
      creditLimit: 300000, principal: 150000, lastPaymentDate: '2026-06-18', lastPaymentAmount: 5000, caseId: 'CS20260002',
      phone: '186****3321', region: '浙江省杭州市',
    },
    { methods: ['table'] },
  ],
  [
    'dl-list.html',
    {
      name: '陈美玲', accountId: 'JJ2025110300871', phone: '137 **** 6602', amountOverdue: 85000, daysPastDue: 95, bucket: 'M4',
      product: '装修分期贷', principal: 200000, lastPaymentDate: '2026-05-20', lastPaymentAmount: 2000, region: '四川省成都市',
      guarantor: '陈志远', caseId: 'WA-2026-55120',
    },
    { methods: ['dl'] },
  ],
  [
    'colon-text.html',
    {
      name: '李秀英', accountId: '6217 **** **** 1234', phone: '139****0021', region: '湖北省武汉市', creditLimit: 20000,
      amountOverdue: 3250, minimumPayment: 325, daysPastDue: 62, bucket: 'M3', product: '随借随还',
      lastPaymentDate: '2026-07-05', lastPaymentAmount: 300, caseId: 'C-88120',
    },
    { methods: ['colon'] },
  ],
  [
    'spa-divsoup.html',
    {
      name: '赵敏', accountId: '4392 26** **** 0071', phone: '+86 158****9090', amountOverdue: 46300, minimumPayment: 1980,
      creditLimit: 100000, bucket: 'M5', daysPastDue: 134, product: '金卡', region: '北京市', lastPaymentDate: '2026-04-02',
      caseId: 'CL-7781-2026',
    },
    { methods: ['sibling'] },
  ],
  [
    'form-controls.html',
    {
      name: '黄晓东', accountId: '6228 48** **** 3310', phone: '131****8877', region: '江苏省南京市', product: '现金分期',
      creditLimit: 30000, amountOverdue: 6543.21, minimumPayment: 654.32, daysPastDue: 29, bucket: 'M1',
      lastPaymentDate: '2026-08-20', caseId: 'CASE-2026-00042',
    },
    { methods: ['form'] },
  ],
  [
    'web-components.html',
    {
      name: '吴芳', accountId: '6259 **** **** 4411', creditLimit: 40000, amountOverdue: 15800, minimumPayment: 1580,
      daysPastDue: 88, bucket: 'M3', phone: '150****6677', caseId: 'VC-2026-7001',
    },
    { scripts: true },
  ],
  [
    'iframe-host.html',
    {
      name: '郑伟', accountId: '6222 **** **** 9031', creditLimit: 25000, amountOverdue: 7420, minimumPayment: 742,
      daysPastDue: 33, phone: '182****4410', caseId: 'IF-2026-3317', region: '上海市',
    },
  ],
  [
    'zh-hk.html',
    {
      name: '陳大文', accountId: '4512-****-****-7789', phone: '9***-5678', region: '香港九龍', product: '私人貸款',
      creditLimit: 80000, amountOverdue: 12345.6, minimumPayment: 1234.56, daysPastDue: 33, bucket: 'M2',
      lastPaymentDate: '2026-08-03', lastPaymentAmount: 2000, caseId: 'HK-C-20260918', currency: 'HKD',
    },
  ],
  [
    'zh-tw.html',
    {
      name: '林志明', accountId: '5520 **** **** 3388', phone: '0912-***-678', region: '台北市大安區', creditLimit: 150000,
      minimumPayment: 6200, amountOverdue: 45000, daysPastDue: 95, bucket: 'M4', lastPaymentDate: '2026-08-03',
      lastPaymentAmount: 3000, caseId: 'TW-115-00981', currency: 'TWD',
    },
  ],
  [
    'english.html',
    {
      name: 'John A. Smith', accountId: 'XXXX-XXXX-XXXX-4821', phone: '(555) ***-0199', region: 'Texas', creditLimit: 10000,
      amountOverdue: 1234.56, minimumPayment: 135, daysPastDue: 47, bucket: 'M2', principal: 4500,
      lastPaymentDate: '2026-08-03', lastPaymentAmount: 200, product: 'Platinum Rewards Card', caseId: 'COL-000451',
      currency: 'USD',
    },
  ],
  [
    'spa-switch.html',
    {
      name: '何静', accountId: '6226 **** **** 1001', phone: '135****1001', amountOverdue: 5100, creditLimit: 30000,
      minimumPayment: 510, daysPastDue: 21, bucket: 'M1', caseId: 'SPA-1001',
    },
    { scripts: true },
  ],
];

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

function values(ctx: DebtorContext): Expect {
  return Object.fromEntries(Object.entries(ctx.fields).map(([k, f]) => [k, f!.value]));
}

describe('fixtures', () => {
  for (const [file, expected, opts] of CASES) {
    it(`reads ${file}`, async () => {
      page = await loadFixture(file, { scripts: opts?.scripts });
      const ctx = extractDebtorContext(page.doc);
      expect(values(ctx)).toMatchObject(expected);
      const elements = fieldElements(ctx);
      for (const [name, f] of Object.entries(ctx.fields)) {
        expect(f!.confidence, name).toBeGreaterThan(0);
        expect(f!.confidence, name).toBeLessThanOrEqual(1);
        // Every value read from the page keeps its element (to outline it); no selector is made unasked.
        if (f!.source.method !== 'derived') expect(elements[name as FieldName]?.isConnected, name).toBe(true);
        expect(f!.source.selector, name).toBeUndefined();
      }
      if (opts?.methods) {
        const used = new Set(Object.values(ctx.fields).map((f) => f!.source.method));
        for (const m of opts.methods) expect(used.has(m as never), m).toBe(true);
      }
    });
  }

  it('names the value element with a selector when asked (the CLI): shadow root and iframe paths', async () => {
    page = await loadFixture('iframe-host.html');
    const ctx = extractDebtorContext(page.doc, { selectorOf: fastSelector });
    expect(ctx.fields.amountOverdue!.source.path).toEqual(['#case-frame']);
    const { resolveSelector } = await import('@/lib/extract/pick-selector');
    const el = resolveSelector(page.doc, ctx.fields.amountOverdue!.source.selector!, ctx.fields.amountOverdue!.source.path);
    expect(el?.textContent).toBe('¥7,420.00');
    await page.close();
    page = await loadFixture('web-components.html', { scripts: true });
    const wc = extractDebtorContext(page.doc, { selectorOf: fastSelector });
    expect(fieldElements(wc).amountOverdue?.textContent).toBe('¥15,800.00');
    const src = wc.fields.amountOverdue!.source;
    expect(src.path!.length).toBe(2);
    expect(resolveSelector(page.doc, src.selector!, src.path)?.textContent).toBe('¥15,800.00');
  });

  it('switches debtor in the single-page app', async () => {
    page = await loadFixture('spa-switch.html', { scripts: true });
    expect(extractDebtorContext(page.doc).fields.name?.value).toBe('何静');
    (page.doc.getElementById('next') as HTMLElement).click();
    const loading = extractDebtorContext(page.doc);
    expect(loading.fields.name).toBeUndefined(); // the loading state shows nobody
    await new Promise((r) => setTimeout(r, 120));
    const ctx = extractDebtorContext(page.doc);
    expect(values(ctx)).toMatchObject({ name: '马超', amountOverdue: 18200, daysPastDue: 66, bucket: 'M3', caseId: 'SPA-1002' });
    expect(ctx.url).toContain('/fixtures/spa-switch.html');
  });

  it('keeps masked values exactly as shown', async () => {
    page = await loadFixture('legacy-table.html');
    const f = extractDebtorContext(page.doc).fields;
    expect(f.accountId!.raw).toBe('6225 **** **** 8812');
    expect(f.phone!.value).toBe('138****5521');
  });

  it('ignores hidden copies and script text', async () => {
    page = await loadFixture('legacy-table.html');
    expect(extractDebtorContext(page.doc).fields.amountOverdue!.value).toBe(12680.5);
  });
});
