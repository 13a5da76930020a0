// Synthetic 20,000-element CRM pages for the extraction bench, built inside the browser.
// Two shapes: one dominated by long lists (a case list, a call log), one with no list longer
// than the scan's LIST_HEAD (cards in tab panes), so the list shortcut cannot hide the cost.

/**
 * Builds a page inside the browser (one self-contained function: page.evaluate sends its source).
 * "lists": a debtor detail area, a long case list, a call log. "cards": as many elements but no
 * list longer than LIST_HEAD — a debtor form, then 500 call records as key/value cards in 20 groups
 * of 25, each under its month's heading ("拨打电话" repeats on every card): no list, grouped or
 * not, that the scan may cut. Padded to `total` elements.
 */
export function buildPage({ total, shape }: { total: number; shape: 'lists' | 'cards' }): number {
  const doc = document;
  const el = (tag: string, text?: string, cls?: string) => {
    const e = doc.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };
  const body = doc.body;
  if (shape === 'lists') {
    const header = body.appendChild(el('header', undefined, 'top'));
    header.append(el('span', '当前坐席：员工甲'), el('span', '客服热线：95588'), el('a', '退出'));
    const detail = body.appendChild(el('section', undefined, 'detail'));
    const table = detail.appendChild(el('table'));
    const pairs: [string, string][] = [
      ['客户姓名', '王建国'], ['卡号', '6225 **** **** 8812'], ['手机号码', '138****5521'], ['信用额度', '50,000.00'],
      ['账单金额', '15,432.10'], ['最低还款额', '1,268.05'], ['逾期金额', '12,680.50'], ['逾期天数', '47'], ['合同金额', '60,000.00'],
    ];
    for (let i = 0; i < pairs.length; i += 3) {
      const tr = table.appendChild(el('tr'));
      for (const [k, v] of pairs.slice(i, i + 3)) tr.append(el('td', `${k}：`, 'lbl'), el('td', v));
    }
    const dl = detail.appendChild(el('dl'));
    for (const [k, v] of [['产品类型', '白金信用卡'], ['所在地区', '广东省深圳市'], ['上次还款日期', '2026-08-03'], ['上次还款金额', '500.00']])
      dl.append(el('dt', k), el('dd', v));
    detail.append(el('p', '案件编号：AJ-2026-0918-001　　委案日期：2026-08-01'));
    // A long case list (other debtors) and a call log: the bulk of a real CRM page.
    const list = body.appendChild(el('table', undefined, 'case-list'));
    const head = list.appendChild(el('thead')).appendChild(el('tr'));
    for (const h of ['案件编号', '客户姓名', '账号', '逾期金额', '逾期天数', '账龄', '状态', '操作']) head.append(el('th', h));
    const tbody = list.appendChild(el('tbody'));
    const names = ['张伟', '李娜', '王芳', '刘洋', '陈静', '杨帆', '赵磊', '黄敏', '周杰', '吴霞'];
    const log = body.appendChild(el('div', undefined, 'log'));
    let i = 0;
    while (doc.getElementsByTagName('*').length < total - 40) {
      if (i % 3 !== 2) {
        const tr = tbody.appendChild(el('tr'));
        tr.append(
          el('td', `CS${100000 + i}`), el('td', names[i % names.length]!), el('td', `6222 **** **** ${String(1000 + (i % 9000))}`),
          el('td', `¥${(i * 37.5).toFixed(2)}`), el('td', String(i % 200)), el('td', `M${1 + (i % 6)}`), el('td', i % 2 ? '跟进中' : '已承诺'),
        );
        tr.appendChild(el('td')).appendChild(el('a', '查看'));
      } else {
        const item = log.appendChild(el('div', undefined, 'log-item'));
        item.append(el('span', `2026-08-${String(1 + (i % 28)).padStart(2, '0')} 10:${String(i % 60).padStart(2, '0')}`, 'time'));
        item.append(el('span', '电话联系，客户表示月底前还款，已告知逾期后果。', 'text'));
        item.append(el('span', `坐席 ${1000 + (i % 50)}`, 'agent'));
      }
      i++;
    }
  } else {
    const form = body.appendChild(el('section', undefined, 'detail'));
    const pairs: [string, string][] = [
      ['客户姓名', '王建国'], ['卡号', '6225 **** **** 8812'], ['手机号码', '138****5521'], ['逾期金额', '12,680.50'],
      ['逾期天数', '47'], ['信用额度', '50,000.00'], ['最低还款额', '1,268.05'],
    ];
    for (const [k, v] of pairs) {
      const row = form.appendChild(el('div', undefined, 'form-item'));
      row.append(el('label', k), el('span', v));
    }
    const tabs = body.appendChild(el('div', undefined, 'tabs'));
    const labels = ['通话时间', '通话时长', '坐席工号', '拨打电话', '通话结果', '录音编号', '跟进方式', '下次跟进', '承诺情况', '处理意见', '质检结果'];
    const results = ['未接通', '已接通', '关机', '空号', '承诺还款', '拒绝沟通'];
    let pane: HTMLElement | null = null;
    let i = 0;
    while (doc.getElementsByTagName('*').length < total - 45) {
      // Each month's records under its own heading: groups with other content between them are no
      // grouped list (lib/extract/walk.ts), so nothing here can be skipped and the scan reads it all.
      if (i % 25 === 0) {
        tabs.appendChild(el('h4', `2026年${1 + (i / 25) % 12}月 · 第 ${i / 25 + 1} 组`));
        pane = tabs.appendChild(el('div', undefined, 'pane'));
      }
      const card = pane!.appendChild(el('section', undefined, 'card'));
      card.append(el('h3', `第 ${i + 1} 次联系`));
      const tbody = card.appendChild(el('table')).appendChild(el('tbody'));
      labels.forEach((k, j) => {
        const v =
          j === 0 ? `2026-08-${String(1 + (i % 28)).padStart(2, '0')} 10:${String(i % 60).padStart(2, '0')}`
          : j === 3 ? `13${i % 10}****${String(1000 + (i % 9000)).slice(-4)}`
          : j === 4 ? results[i % results.length]!
          : `${1000 + ((i * 7 + j) % 900)}`;
        const tr = tbody.appendChild(el('tr'));
        tr.append(el('th', k), el('td', v));
      });
      i++;
    }
  }
  while (doc.getElementsByTagName('*').length < total) body.appendChild(el('div', '', 'pad'));
  return doc.getElementsByTagName('*').length;
}

/** What both pages must yield: skipping list tails must never cost a field. */
export const EXPECTED: Record<string, string | number> = {
  name: '王建国', accountId: '6225 **** **** 8812', phone: '138****5521', amountOverdue: 12680.5, daysPastDue: 47,
  creditLimit: 50000, minimumPayment: 1268.05,
};
