// Inserting into the CRM page (happy-dom): only for the debtor the text was filled for, only into
// a shown, editable field the agent focused within the last minute, else the page's note box.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertIntoPage } from '@/lib/crm/insert-text';
import { FOCUS_TTL_MS, pageKey, providePage, resetFocus, trackFocus } from '@/lib/crm/focus';
import type { DebtorContext } from '@/lib/extract/types';
import { checkPageToolMessage as checkCrmMessage } from '@/lib/crm/page-tool-check';

const ZHANG = 'http://127.0.0.1:5174|CS-2026-004817';
const LI = 'http://127.0.0.1:5174|CS-2026-005102';
let clock = 1_000_000;
let stop: AbortController;

function page(html: string) {
  document.body.innerHTML = html;
  return (id: string) => document.getElementById(id) as HTMLTextAreaElement | HTMLInputElement;
}

/** The agent clicks into a field, as a browser reports it: pointerdown, then focus. */
function agentFocuses(el: HTMLElement) {
  el.dispatchEvent(new Event('pointerdown', { bubbles: true }));
  el.focus();
}

const insert = (text: string, shows: string | null = ZHANG, target: 'note' | 'focused' = 'focused') =>
  insertIntoPage(document, { text, target, debtor: ZHANG }, shows, clock);

beforeEach(() => {
  resetFocus();
  stop = new AbortController();
  trackFocus(document, stop.signal, () => clock);
});
afterEach(() => stop.abort());

describe('insert into the CRM page', () => {
  it('writes into the field the agent focused', () => {
    const $ = page('<input id="reason" type="text"><textarea id="note" name="note"></textarea>');
    agentFocuses($('reason'));
    clock += 30_000;
    expect(insert('客户称下周五发工资')).toEqual({ ok: true, target: 'focused' });
    expect($('reason').value).toBe('客户称下周五发工资');
    expect($('note').value).toBe('');
  });

  it('refuses when the page now shows another debtor, and writes nothing', () => {
    const $ = page('<textarea id="note" name="note"></textarea>');
    agentFocuses($('note'));
    expect(insert('张伟的话术', LI)).toEqual({ ok: false, error: 'other-debtor' });
    expect(insert('张伟的话术', null)).toEqual({ ok: false, error: 'other-debtor' });
    // The page tools with no content script to say which debtor the page shows: refused too.
    expect(insertIntoPage(document, { text: '张伟的话术', target: 'focused', debtor: ZHANG }, undefined, clock)).toEqual({ ok: false, error: 'other-debtor' });
    expect($('note').value).toBe('');
  });

  it('the page tools ask the content script which debtor the page shows, read afresh', () => {
    const showing = (caseId: string): DebtorContext => ({
      url: 'http://127.0.0.1:5174/case', origin: 'http://127.0.0.1:5174', extractedAt: 0,
      fields: { caseId: { value: caseId, raw: caseId, confidence: 0.95, source: { method: 'dl', label: '案件编号' } } },
    });
    let shows = showing('CS-2026-004817');
    providePage(() => shows);
    expect(pageKey()).toBe(ZHANG);
    shows = showing('CS-2026-005102');
    expect(pageKey()).toBe(LI);
    // A page that names no one: no key.
    shows = { ...shows, fields: {} };
    expect(pageKey()).toBeNull();
  });

  it('a focus older than a minute is stale: the text goes to the note box', () => {
    const $ = page('<input id="search" type="search"><textarea id="note" name="remark"></textarea>');
    agentFocuses($('search'));
    clock += FOCUS_TTL_MS + 1;
    expect(insert('您好')).toEqual({ ok: true, target: 'note' });
    expect($('search').value).toBe('');
    expect($('note').value).toBe('您好');
  });

  it('the minute counts from when the agent left the field, however long they typed in it', () => {
    const $ = page('<input id="reason" type="text"><textarea id="note" name="note"></textarea>');
    agentFocuses($('reason'));
    clock += 5 * FOCUS_TTL_MS;
    $('reason').blur(); // to the panel
    clock += 30_000;
    expect(insert('您好')).toEqual({ ok: true, target: 'focused' });
  });

  it('ignores focus the page moves by itself (no click or key of the agent)', () => {
    const $ = page('<input id="other" type="text"><textarea id="note" name="note"></textarea>');
    $('other').focus();
    expect(insert('您好')).toEqual({ ok: true, target: 'note' });
    expect($('other').value).toBe('');
  });

  it('never writes into a focused field that is now hidden', () => {
    const $ = page('<div id="drawer"><input id="memo" type="text"></div><textarea id="note" name="note"></textarea>');
    agentFocuses($('memo'));
    document.getElementById('drawer')!.setAttribute('hidden', '');
    expect(insert('您好')).toEqual({ ok: true, target: 'note' });
    expect($('memo').value).toBe('');
  });

  it('never falls back to a hidden textarea', () => {
    const $ = page(
      '<textarea id="tpl" style="display:none"></textarea><div class="d-none"><textarea id="note" name="note"></textarea></div>' +
        '<textarea id="ro" name="note" readonly></textarea>',
    );
    expect(insert('您好', ZHANG, 'note')).toEqual({ ok: false, error: 'no-target' });
    expect([$('tpl').value, $('note').value, $('ro').value]).toEqual(['', '', '']);
  });

  it('the content script refuses an insert that does not name its debtor', () => {
    expect(() => checkCrmMessage('crm:insert-text', { text: '您好', target: 'note' })).toThrow();
    expect(() => checkCrmMessage('crm:insert-text', { text: '您好', target: 'note', debtor: '' })).toThrow();
    expect(checkCrmMessage('crm:insert-text', { text: '您好', target: 'note', debtor: ZHANG })).toEqual({ text: '您好', target: 'note', debtor: ZHANG });
  });
});
