import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPicker, highlightSource } from '@/lib/extract/picker';
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

  it('highlights a field source and reports a vanished one', () => {
    page = pageFrom('<dl><dt>逾期金额</dt><dd id="amt">1</dd></dl>');
    expect(highlightSource(page.doc, { selector: '#amt' }, 10)).toBe(true);
    expect(overlays(page.doc)).toBe(1);
    expect(highlightSource(page.doc, { selector: '#gone' })).toBe(false);
  });
});
