import { afterEach, describe, expect, it } from 'vitest';
import { buildSelector, chainSelector, looksGenerated, resolveSelector } from '@/lib/extract/pick-selector';
import { pageFrom, type LoadedPage } from './helpers';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

describe('buildSelector', () => {
  it('prefers a hand-written id', () => {
    page = pageFrom('<div><span id="overdue-amount">1</span></div>');
    expect(buildSelector(page.doc.querySelector('span')!)).toBe('#overdue-amount');
  });
  it('skips generated ids and uses data-* or name', () => {
    page = pageFrom('<div><span id="ember1234" data-field="amount">1</span><input id=":r1:" name="dpd"></div>');
    expect(buildSelector(page.doc.querySelector('span')!)).toBe('span[data-field="amount"]');
    expect(buildSelector(page.doc.querySelector('input')!)).toBe('input[name="dpd"]');
  });
  it('falls back to a unique nth-of-type path, anchored at a stable ancestor', () => {
    page = pageFrom('<section id="info"><div><b>a</b><b>b</b></div><div><b>c</b><b>d</b></div></section>');
    const el = page.doc.querySelectorAll('b')[3]!;
    const sel = buildSelector(el);
    expect(page.doc.querySelectorAll(sel)).toHaveLength(1);
    expect(page.doc.querySelector(sel)).toBe(el);
  });
  it('knows generated-looking ids', () => {
    expect(['ember123', ':r1:', 'react-select-2-input', '3f2a9c1e-12ab', 'mui-12345'].every(looksGenerated)).toBe(true);
    expect(['customer-name', 'amountOverdue', 'f-dpd'].some(looksGenerated)).toBe(false);
  });
  it('chains through open shadow roots and resolves back', () => {
    page = pageFrom('<div id="host"></div><p>x</p>');
    const root = page.doc.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<div><span class="v">42</span><span class="v">43</span></div>';
    const target = root.querySelectorAll('span')[1]!;
    const chain = chainSelector(target);
    expect(chain).toContain(' >>> ');
    expect(resolveSelector(page.doc, chain)).toBe(target);
  });
});
