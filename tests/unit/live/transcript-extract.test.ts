// The live transcript's "客户：…" lines are speech, not the debtor's fields: the field extractor
// leaves the text the reader owns alone (the content script passes `exclude`).
import { describe, expect, it } from 'vitest';
import { extractDebtorContext } from '@/lib/extract';
import { findTranscript } from '@/lib/live/transcript/find';

describe('extraction beside a live transcript', () => {
  it('never takes a transcript line for the name once the transcript is known', () => {
    document.body.innerHTML = `<div class="hd">案件编号：CS-2026-004817</div>
      <ul role="log" id="t"><li>坐席：您好，请问是张伟先生吗？</li><li>客户：是我，什么事。</li><li>坐席：关于您信用卡的逾期。</li><li>客户：好的</li></ul>`;
    const found = findTranscript(document)!;
    expect(found.container.id).toBe('t');
    const without = extractDebtorContext(document, { exclude: (n) => found.container.contains(n) });
    expect(without.fields.name).toBeUndefined();
    expect(JSON.stringify(without.fields)).not.toMatch(/好的|是我|什么事/);
    expect(without.fields.caseId?.value).toBe('CS-2026-004817');
    document.body.innerHTML = '';
  });
});
