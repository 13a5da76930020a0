// 案件详情 (classic page): renders one debtor from /api/cases/:id with the mixed markup an
// older bank CRM has — th/td tables, a dl block, "标签：值" lines — and the CRM's own note box.
import { dateCN, esc, fetchCase, fetchCases, loadNotes, money, notesHtml, OUTCOME_CLASS, PROMISE_CLASS, saveNote, yuan } from './crm-common.js';
import { mountSoftphone } from './softphone.js';

const root = document.getElementById('case-root');
const caseId = new URLSearchParams(location.search).get('id') ?? '';

function pagerHtml(list) {
  const i = list.findIndex((c) => c.caseId === caseId);
  const prev = list[i - 1];
  const next = list[i + 1];
  const link = (c, text, rel) =>
    c ? `<a class="btn" rel="${rel}" href="case.html?id=${encodeURIComponent(c.caseId)}">${text}</a>` : `<span class="btn disabled">${text}</span>`;
  return `<div class="toolbar">
    ${link(prev, '« 上一个案件', 'prev')}
    ${link(next, '下一个案件 »', 'next')}
    <a class="btn" href="index.html">返回案件队列</a>
    <span class="toolbar-info">第 ${i + 1} / ${list.length} 件</span>
  </div>`;
}

function basicInfoHtml(c) {
  return `<div class="panel"><div class="panel-title">客户基本信息</div>
  <table class="info-table" id="basic-info">
    <tr><th>客户姓名</th><td>${esc(c.name)}</td><th>性别</th><td>${esc(c.gender)}</td></tr>
    <tr><th>证件号码</th><td>${esc(c.idNumber)}</td><th>手机号码</th><td>${esc(c.phone)}</td></tr>
    <tr><th>${esc(c.accountLabel)}</th><td>${esc(c.accountId)}</td><th>产品类型</th><td>${esc(c.product)}</td></tr>
    <tr><th>产品名称</th><td>${esc(c.productName)}</td><th>所属地区</th><td>${esc(c.region)}</td></tr>
    <tr><th>工作单位</th><td>${esc(c.employer)}</td><th>风险等级</th><td>${esc(c.riskLevel)}</td></tr>
    <tr><th>联系地址</th><td colspan="3">${esc(c.address)}</td></tr>
  </table></div>`;
}

/** Distractors (账单金额, 全部欠款, 授信额度, 本金, 历史最长逾期…) sit right next to the fields that matter. */
function overdueInfoHtml(c) {
  const isCard = c.product === '信用卡';
  const rows = [
    ['账单金额', yuan(c.statementBalance)],
    ['逾期金额', yuan(c.amountOverdue), 'em'],
    isCard ? ['最低还款额', yuan(c.minimumPayment)] : ['本期应还', yuan(c.installment)],
    ['全部欠款', yuan(c.totalOutstanding)],
    ['授信额度', yuan(c.creditLimit)],
    ['可用额度', yuan(c.availableCredit)],
    ['本金', yuan(c.principal)],
    isCard ? null : ['合同金额', yuan(c.contractAmount)],
    ['滞纳金', yuan(c.lateFee)],
    ['罚息', yuan(c.penaltyInterest)],
    ['逾期天数', `${c.daysPastDue}天`, 'em'],
    ['历史最长逾期天数', `${c.maxDaysPastDue}天`],
    c.showBucket ? ['账龄', c.bucket] : null,
    ['到期还款日', dateCN(c.dueDate)],
    isCard ? null : ['还款期数', c.term],
    ['最近还款日', dateCN(c.lastPaymentDate)],
    ['最近还款金额', yuan(c.lastPaymentAmount)],
  ].filter(Boolean);
  return `<div class="panel"><div class="panel-title">逾期信息</div>
  <dl class="overdue-info" id="overdue-info">
    ${rows.map(([k, v, cls]) => `<div class="dl-item"><dt>${k}</dt><dd${cls ? ` class="${cls}"` : ''}>${esc(v)}</dd></div>`).join('\n    ')}
  </dl>
  <div class="kv-lines">
    <p>币种：人民币（CNY）</p>
    ${c.guarantor
      ? `<p>担保人：${esc(c.guarantor)}　<span class="muted">关系：${esc(c.guarantorRelation)}　电话：${esc(c.guarantorPhone)}</span></p>`
      : '<p>担保人：无</p>'}
    <p>委案日期：${esc(c.assignedDate)}　　下次跟进：${esc(c.nextActionDate)} ${esc(c.nextAction)}</p>
  </div></div>`;
}

function callHistoryHtml(c) {
  const rows = c.callHistory
    .slice()
    .reverse()
    .map(
      (h) => `<tr><td class="nowrap">${esc(h.time)}</td><td class="nowrap">${esc(h.agent)}</td>
      <td><span class="tag ${OUTCOME_CLASS[h.outcome] ?? ''}" data-outcome="${esc(h.outcome)}">${esc(h.outcomeLabel)}</span></td><td>${esc(h.summary)}</td></tr>`,
    )
    .join('');
  return `<div class="panel"><div class="panel-title">通话记录 <span class="muted">（共 ${c.callHistory.length} 条，按时间倒序）</span></div>
  <table class="grid" id="call-history"><thead><tr><th style="width:130px">通话时间</th><th style="width:110px">催收员</th><th style="width:80px">结果</th><th>通话摘要</th></tr></thead>
  <tbody>${rows}</tbody></table></div>`;
}

function promisesHtml(c) {
  const rows = c.promises
    .map(
      (p) => `<tr><td>${esc(dateCN(p.createdAt))}</td><td>${esc(dateCN(p.promisedDate))}</td><td class="num">${money(p.amount)}</td>
      <td>${esc(p.method)}</td><td><span class="tag ${PROMISE_CLASS[p.status] ?? ''}">${esc(p.status)}</span></td></tr>`,
    )
    .join('');
  return `<div class="panel"><div class="panel-title">还款承诺</div>
  <table class="grid" id="promises"><thead><tr><th>承诺登记日</th><th>承诺还款日</th><th>承诺金额（元）</th><th>还款方式</th><th>状态</th></tr></thead>
  <tbody>${rows || '<tr><td colspan="5" class="empty">暂无承诺记录</td></tr>'}</tbody></table></div>`;
}

function noteBoxHtml() {
  return `<div class="panel"><div class="panel-title">催记 / 备注</div>
  <form class="note-form" id="note-form">
    <label for="case-note" class="note-label">本次催记：</label>
    <textarea id="case-note" name="note" rows="5" placeholder="请输入催记内容"></textarea>
    <div class="note-actions"><button type="submit" class="btn btn-primary">保存</button><button type="reset" class="btn">清空</button>
    <span class="note-status" id="note-status" role="status"></span></div>
  </form>
  <ul class="note-list" id="note-list"></ul></div>`;
}

function wireNoteBox() {
  const form = document.getElementById('note-form');
  const list = document.getElementById('note-list');
  const status = document.getElementById('note-status');
  const box = document.getElementById('case-note');
  list.innerHTML = notesHtml(loadNotes(caseId));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = box.value.trim();
    if (!text) {
      status.textContent = '催记内容不能为空';
      return;
    }
    saveNote(caseId, text);
    box.value = '';
    list.innerHTML = notesHtml(loadNotes(caseId));
    status.textContent = '保存成功';
  });
}

async function main() {
  const [list, c] = await Promise.all([fetchCases(), caseId ? fetchCase(caseId) : null]);
  if (!c) {
    root.innerHTML = `<div class="breadcrumb">首页 &gt; 案件管理 &gt; 案件详情</div>
      <div class="panel"><div class="panel-title">提示</div><p class="pad">未找到案件${caseId ? `「${esc(caseId)}」` : '（缺少案件编号）'}。<a href="index.html">返回案件队列</a></p></div>`;
    return;
  }
  document.title = `案件详情 ${c.caseId} - XX银行贷后管理系统`;
  root.innerHTML = `<div class="breadcrumb">首页 &gt; 案件管理 &gt; 案件详情</div>
    ${pagerHtml(list)}
    <div class="case-header">
      <span class="case-title">案件详情</span>
      <span class="kv-inline">案件编号：${esc(c.caseId)}</span>
      <span class="kv-inline">催收员：${esc(c.agent)}</span>
      <span class="kv-inline">案件状态：催收中</span>
    </div>
    <div id="softphone-slot"></div>
    ${basicInfoHtml(c)}
    ${overdueInfoHtml(c)}
    ${callHistoryHtml(c)}
    ${promisesHtml(c)}
    ${noteBoxHtml()}`;
  wireNoteBox();
  mountSoftphone(document.getElementById('softphone-slot'), { getCase: () => c });
}

main().catch((e) => {
  root.innerHTML = `<div class="panel"><p class="pad error">${esc(e.message)}</p></div>`;
});
