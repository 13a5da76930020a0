// The CRM content script's transcript detector (lib/live/transcript/detect): it must notice every
// transcript the full reader finds (else the reader is never loaded there), and stay quiet on CRM
// pages that show none (else every agent's page loads the reader for nothing).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { transcriptCandidate } from '@/lib/live/transcript/detect';
import { changesMayAddTranscript } from '@/lib/live/transcript/evidence';
import { findTranscript } from '@/lib/live/transcript/find';
// @ts-expect-error plain JS module of the demo CRM (no types)
import { mountSoftphone } from '../../../demo-crm/public/softphone.js';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const htmlIn = (dir: string) => readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith('.html') && !f.includes('-inner'));

function load(dir: string, file: string): Document {
  const window = new Window({ url: `http://127.0.0.1:8080/${file}` });
  const doc = window.document as unknown as Document;
  doc.open();
  doc.write(readFileSync(join(FIXTURES, dir, file), 'utf8'));
  doc.close();
  return doc;
}

describe('the transcript detector', () => {
  const transcripts = htmlIn('transcripts');
  it('has the transcript fixtures to check', () => expect(transcripts.length).toBeGreaterThanOrEqual(14));

  for (const file of transcripts) {
    it(`notices the transcript the reader finds on ${file}`, () => {
      const doc = load('transcripts', file);
      expect(findTranscript(doc)).not.toBeNull();
      expect(transcriptCandidate(doc)).toBe(true);
    });
  }

  const crmPages = [...htmlIn('crm').map((f) => ['crm', f]), ...htmlIn('crm/e2e').map((f) => ['crm/e2e', f])];
  it('has CRM pages without a transcript to check', () => expect(crmPages.length).toBeGreaterThanOrEqual(13));
  for (const [dir, file] of crmPages) {
    it(`finds no candidate on the CRM page ${dir}/${file}`, () => {
      expect(transcriptCandidate(load(dir!, file!))).toBe(false);
    });
  }

  it('on the UI-kit CRM pages it flags, the reader finds nothing either (a wasted load, never a wrong transcript), and it flags few', () => {
    const kits = htmlIn('crm/kits');
    expect(kits.length).toBeGreaterThan(40);
    const flagged = kits.filter((f) => transcriptCandidate(load('crm/kits', f)));
    for (const f of flagged) expect(findTranscript(load('crm/kits', f)), f).toBeNull();
    expect(flagged.length / kits.length).toBeLessThan(0.2);
  });

  it('uses the names the page gives each side: lines labelled only by them are a candidate', () => {
    const doc = load('crm', 'dl-list.html');
    doc.body.insertAdjacentHTML('beforeend', '<ul class="talk"><li>王琳：您好，这里是信用卡中心。</li><li>张伟：你说吧。</li><li>王琳：关于本月账单的事情。</li></ul>');
    expect(transcriptCandidate(doc)).toBe(false);
    expect(transcriptCandidate(doc, ['王琳', '张伟'])).toBe(true);
  });

  it('never throws into the page', () => {
    const doc = load('crm', 'dl-list.html');
    Object.defineProperty(doc, 'body', { get: () => { throw new Error('broken page'); } });
    expect(transcriptCandidate(doc)).toBe(false);
  });
});

describe('the demo softphone pane', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.unstubAllGlobals();
  });

  it('is noticed as soon as it is on the page (a named live region), and its lines arriving are changes worth a look', async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('http://127.0.0.1:5174/case.html?id=CS-2026-004817&call=quick&speed=40');
    document.body.innerHTML = `<main id="case-root"><table class="info-table"><tr><th>客户姓名</th><td>张伟</td></tr></table>
      <div id="softphone-slot"></div></main>`;
    const script = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../demo-crm/data/calls/quick.json'), 'utf8'));
    vi.stubGlobal('fetch', async () => ({ ok: true, status: 200, json: async () => script }));
    const records: MutationRecord[] = [];
    const obs = new MutationObserver((r) => records.push(...r));
    obs.observe(document.body, { childList: true, subtree: true, characterData: true });
    const phone = mountSoftphone(document.getElementById('softphone-slot'), { getCase: () => ({ name: '张伟', gender: '男' }) });
    // Mounted, no call yet: the reader would take the empty pane, so the detector must notice it.
    expect(findTranscript(document)).not.toBeNull();
    expect(transcriptCandidate(document)).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    records.splice(0);
    void phone.start();
    const until = Date.now() + 4000;
    while (!document.querySelector('#sp-lines li.sp-agent') && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 0));
    expect(changesMayAddTranscript(records.splice(0))).toBe(true);
    expect(transcriptCandidate(document)).toBe(true);
    obs.disconnect();
    phone.stop();
  });
});
