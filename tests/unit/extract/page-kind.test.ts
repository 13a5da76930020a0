// A case queue is a list, not a debtor; a list with a drawer or a field block open is the open debtor
// (that part is decided with what the extraction read, so it is tested through extractDebtorContext).
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { detectPageKind } from '@/lib/extract/page-kind';
import { extractDebtorContext } from '@/lib/extract';
import { hasDebtor } from '@/lib/extract/types';
import { FIXTURES, loadFixture, pageFrom, type LoadedPage } from './helpers';

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

const OLD_FIXTURES = readdirSync(FIXTURES).filter((f) => f.endsWith('.html') && !/^(list|history)-/.test(f));

describe('detectPageKind', () => {
  it('reads a case queue as a list, and the extracted context has no debtor', async () => {
    page = await loadFixture('list-queue.html');
    expect(detectPageKind(page.doc)).toEqual({ kind: 'list', rows: 4, openDetail: false });
    const ctx = extractDebtorContext(page.doc);
    expect(ctx.page).toEqual({ kind: 'list', rows: 4, openDetail: false });
    expect(hasDebtor(ctx)).toBe(false);
  });

  it('reads a list with an open drawer as the open debtor (a closed dialog does not count)', async () => {
    page = await loadFixture('list-drawer.html');
    const ctx = extractDebtorContext(page.doc);
    expect(ctx.page).toMatchObject({ kind: 'debtor', openDetail: true });
    expect(hasDebtor(ctx)).toBe(true);
    expect(ctx.fields.name?.value).toBe('刘洋');
    expect(ctx.fields.amountOverdue?.value).toBe(23456.78);
  });

  it('is a list again once the drawer closes', async () => {
    page = await loadFixture('list-drawer.html');
    page.doc.querySelector('.el-drawer__wrapper')!.setAttribute('style', 'display: none;');
    expect(extractDebtorContext(page.doc).page).toEqual({ kind: 'list', rows: 3, openDetail: false });
  });

  it('joins a header table and a body table drawn separately (Element UI / layui / EasyUI)', async () => {
    page = await loadFixture('list-split-table.html');
    expect(detectPageKind(page.doc)).toEqual({ kind: 'list', rows: 4, openDetail: false });
  });

  it('reads a detail page with call records and promises as one debtor', async () => {
    page = await loadFixture('history-detail.html');
    expect(detectPageKind(page.doc)).toEqual({ kind: 'debtor', rows: 0, openDetail: false });
  });

  it('a card list beside a label/value detail pane is the open debtor; alone it is a list', () => {
    const cards = ['张伟|CS-2026-004817|¥12,860.50', '李秀英|CS-2026-005102|¥2,703.61', '王建国|CS-2026-003390|¥38,912.40']
      .map((s) => s.split('|'))
      .map(([n, id, amt]) => `<a class="case-item" role="listitem" href="#"><span>${n}</span><div>${id} · 信用卡</div><div>${amt}</div></a>`)
      .join('');
    const detail = '<main><div class="field"><div class="label">客户姓名</div><div class="value">张伟</div></div><div class="field"><div class="label">逾期金额</div><div class="value">¥12,860.50</div></div></main>';
    page = pageFrom(`<aside><div role="list">${cards}</div></aside>${detail}`);
    expect(extractDebtorContext(page.doc).page).toMatchObject({ kind: 'debtor', openDetail: true });
    void page.close();
    page = pageFrom(`<aside><div role="list">${cards}</div></aside><main>请选择左侧案件</main>`);
    expect(extractDebtorContext(page.doc).page).toEqual({ kind: 'list', rows: 3, openDetail: false });
  });

  it('a queue of unmarked cards (no role, no labels: a mobile kit list) is a list when the page names no one', () => {
    const cards = ['许文博|136****2290|¥24,310.08', '邓佳琪|187****5013|¥1,982.50', '曾国栋|130****8471|¥51,006.77', '田雨萱|155****6628|¥9,812.00']
      .map((s) => s.split('|'))
      .map(([n, phone, amt]) => `<a class="item"><div class="main">${n}<div class="desc">${phone} · 逾期 9 天</div></div><div class="extra">${amt}</div></a>`)
      .join('');
    const tiles = '<div class="sum"><div class="tile"><div class="k">逾期总额(元)</div><div class="v">96,418.35</div></div></div>';
    page = pageFrom(`${tiles}<div class="list-body">${cards}</div>`);
    const ctx = extractDebtorContext(page.doc);
    expect(ctx.page).toEqual({ kind: 'list', rows: 4, openDetail: false });
    expect(hasDebtor(ctx)).toBe(false);
    // The same cards beside a debtor's details: the open debtor, read as before.
    void page.close();
    page = pageFrom(`<dl><dt>客户姓名</dt><dd>许文博</dd><dt>逾期金额</dt><dd>¥24,310.08</dd></dl><h3>关联案件</h3><div class="list-body">${cards}</div>`);
    const open = extractDebtorContext(page.doc);
    expect(open.page?.kind).toBe('debtor');
    expect(open.fields.name?.value).toBe('许文博');
    // Two cards are no queue.
    void page.close();
    page = pageFrom(`${tiles}<div class="list-body">${cards.split('</a>').slice(0, 2).join('</a>')}</a></div>`);
    expect(extractDebtorContext(page.doc).page?.kind).toBe('debtor');
  });

  it('a role=grid of debtors is a list', () => {
    const row = (n: string, acct: string, amt: string) =>
      `<div role="row"><span role="gridcell">${n}</span><span role="gridcell">${acct}</span><span role="gridcell">${amt}</span></div>`;
    page = pageFrom(
      `<div role="grid"><div role="row"><span role="columnheader">Customer Name</span><span role="columnheader">Account No.</span><span role="columnheader">Amount Overdue</span></div>` +
        row('Alice Wong', '4111 **** 0001', '$1,200.00') + row('Bob Lee', '4111 **** 0002', '$300.00') + row('Carol Ho', '4111 **** 0003', '$950.00') + '</div>',
    );
    expect(detectPageKind(page.doc)).toEqual({ kind: 'list', rows: 3, openDetail: false });
  });

  it('a table of one debtor’s payments (same account on every row) is not a list of debtors', () => {
    const rows = ['2026-06-18', '2026-05-18', '2026-04-18'].map((d) => `<tr><td>${d}</td><td>6222 **** 0417</td><td>5,000.00</td></tr>`).join('');
    page = pageFrom(`<table><thead><tr><th>还款日期</th><th>卡号</th><th>还款金额</th></tr></thead><tbody>${rows}</tbody></table>`);
    expect(detectPageKind(page.doc).kind).toBe('debtor');
  });

  it.each(OLD_FIXTURES)('%s stays a debtor page', async (name) => {
    page = await loadFixture(name, { scripts: name.startsWith('web-') || name.startsWith('spa-') });
    expect(extractDebtorContext(page.doc).page?.kind).toBe('debtor');
  });
});
