import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractDebtorContext, fieldElements } from '@/lib/extract';
import { keepShown, shownElement } from '@/lib/crm/shown-elements';
import { flashHighlight, startPicker } from '@/lib/extract/picker';
import { OVERLAY_ATTR } from '@/lib/extract/scan';
import { pageFrom, type LoadedPage } from './helpers';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const overlays = (doc: Document) => doc.querySelectorAll(`[${OVERLAY_ATTR}]`).length;

describe('pick on page', () => {
  it('captures a selector on click without the page seeing the click', () => {
    page = pageFrom('<div><span data-field="amt">¥8,500</span></div>');
    const doc = page.doc;
    const pageClick = vi.fn();
    doc.querySelector('span')!.addEventListener('click', pageClick);
    const onPick = vi.fn();
    const styleBefore = doc.querySelectorAll('style, link').length;
    startPicker(doc, { onPick });
    expect(overlays(doc)).toBe(1);
    const span = doc.querySelector('span')!;
    span.dispatchEvent(new page.window.MouseEvent('mousemove', { bubbles: true, composed: true }) as unknown as Event);
    span.dispatchEvent(new page.window.MouseEvent('click', { bubbles: true, composed: true, cancelable: true }) as unknown as Event);
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ selector: 'span[data-field="amt"]', text: '¥8,500', path: [] }));
    expect(pageClick).not.toHaveBeenCalled();
    expect(overlays(doc)).toBe(0);
    expect(doc.querySelectorAll('style, link').length).toBe(styleBefore);
  });

  it('cancels on Esc and on abort, removing everything', () => {
    page = pageFrom('<p>x</p>');
    const onCancel = vi.fn();
    startPicker(page.doc, { onPick: () => {}, onCancel });
    page.doc.dispatchEvent(new page.window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }) as unknown as Event);
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(overlays(page.doc)).toBe(0);

    const ctl = new AbortController();
    startPicker(page.doc, { onPick: () => {}, onCancel, signal: ctl.signal });
    expect(overlays(page.doc)).toBe(1);
    ctl.abort();
    expect(onCancel).toHaveBeenCalledTimes(2);
    expect(overlays(page.doc)).toBe(0);
  });

  it('outlines the element a field was last read from; none once it left the page or was never read', () => {
    page = pageFrom('<dl><dt>客户姓名</dt><dd id="name">王建国</dd><dt>逾期金额</dt><dd id="amt">¥1,200.00</dd></dl>');
    const ctx = extractDebtorContext(page.doc);
    keepShown(fieldElements(ctx));
    const el = shownElement('amountOverdue');
    expect(el).toBe(page.doc.getElementById('amt'));
    const stop = flashHighlight(page.doc, el!, 10);
    expect(overlays(page.doc)).toBe(1);
    stop();
    expect(overlays(page.doc)).toBe(0);
    // A derived field has no element; a field not on the page has none either.
    expect(ctx.fields.currency?.source.method).toBe('derived');
    expect(shownElement('currency')).toBeNull();
    expect(shownElement('phone')).toBeNull();
    page.doc.getElementById('amt')!.remove();
    expect(shownElement('amountOverdue')).toBeNull();
    keepShown({});
  });
});
