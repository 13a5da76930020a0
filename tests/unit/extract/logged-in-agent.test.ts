// The CRM header's logged-in collector ("当前用户：A1027 王琳") is read as the agent, never as the debtor.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDebtorContext } from '@/lib/extract';
import { pageFrom } from './helpers';

describe('logged-in agent', () => {
  it('reads the demo CRM header as the agent, and keeps the debtor the debtor', async () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../../demo-crm/public/case.html'), 'utf8');
    const page = pageFrom(html);
    const ctx = extractDebtorContext(page.doc);
    expect(ctx.agent).toEqual({ id: 'A1027', name: '王琳' });
    expect(ctx.fields.name?.value).not.toBe('王琳');
    await page.close();
  });

  it('reads a name-only header and nothing from a page without one', async () => {
    const a = pageFrom('<header><span>登录用户：李娜</span></header><table><tr><td>客户姓名</td><td>张伟</td></tr></table>');
    expect(extractDebtorContext(a.doc).agent).toEqual({ name: '李娜' });
    const b = pageFrom('<table><tr><td>客户姓名</td><td>张伟</td></tr></table>');
    expect(extractDebtorContext(b.doc).agent).toBeUndefined();
    // Traditional headers too.
    const c = pageFrom('<div class="top">當前座席：B2044 陳美玲</div><dl><dt>客戶姓名</dt><dd>林志明</dd></dl>');
    expect(extractDebtorContext(c.doc).agent).toEqual({ id: 'B2044', name: '陳美玲' });
    await c.close();
    await a.close();
    await b.close();
  });
});
