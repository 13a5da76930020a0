// 新版工作台 (SPA): a case list on the left; picking a case re-renders the detail in place and
// pushes app.html#/case/<id> (back/forward work). Markup is "modern framework" div soup:
// label/value sibling divs and readonly inputs with <label for>. Never reloads the page.
import { esc, fetchCase, fetchCases, loadNotes, money, notesHtml, OUTCOME_CLASS, PROMISE_CLASS, saveNote, yuan } from './crm-common.js';
import { mountSoftphone } from './softphone.js';

const listEl = document.getElementById('case-list');
const detailEl = document.getElementById('case-detail');
const searchEl = document.getElementById('case-search');
const countEl = document.getElementById('case-count');

let summaries = [];
const details = new Map(); // caseId → full case, filled on demand and by prefetch
let shownId = null; // the case whose detail is on screen
let wantedId = null; // the case the URL asks for (may still be loading)

function routeCaseId() {
  const m = /^#\/case\/([^/?#]+)/.exec(location.hash);
  if (m) return decodeURIComponent(m[1]);
  return new URLSearchParams(location.search).get('case');
}

const field = (label, value, cls = '') =>
  `<div class="field${cls ? ` ${cls}` : ''}"><div class="label">${esc(label)}</div><div class="value">${esc(value)}</div></div>`;

const readonlyInput = (id, label, value, unit = '元') =>
  `<div class="form-item"><label for="${id}" class="form-label">${esc(label)}</label>
   <div class="form-control"><input id="${id}" class="app-input" type="text" readonly value="${esc(value)}"><span class="unit">${esc(unit)}</span></div></div>`;

const plain = (n) => (n === null || n === undefined ? '' : Number(n).toFixed(2));

function detailHtml(c) {
  const isCard = c.product === '信用卡';
  const overview = [
    field('逾期金额', yuan(c.amountOverdue), 'strong'),
    field('逾期天数', `${c.daysPastDue}天`, 'strong'),
    c.showBucket ? field('账龄', c.bucket) : '',
    field('全部欠款', yuan(c.totalOutstanding)),
    field('最近还款日期', c.lastPaymentDate),
    field('最近还款金额', yuan(c.lastPaymentAmount)),
  ].join('');
  const customer = [
    field('客户姓名', c.name),
    field('案件编号', c.caseId),
    field('手机号码', c.phone),
    field(c.accountLabel, c.accountId),
    field('产品', c.product),
    field('所属地区', c.region),
    field('证件号码', c.idNumber),
    field('担保人', c.guarantor ?? '无'),
  ].join('');
  const repayment = [
    readonlyInput('f-limit', '授信额度', plain(c.creditLimit)),
    readonlyInput('f-statement', isCard ? '本期账单金额' : '本期账单', plain(c.statementBalance)),
    isCard ? readonlyInput('f-minpay', '最低还款额', plain(c.minimumPayment)) : readonlyInput('f-installment', '每期应还', plain(c.installment)),
    readonlyInput('f-principal', '剩余本金', plain(c.principal)),
    readonlyInput('f-latefee', '滞纳金', plain(c.lateFee)),
    readonlyInput('f-due', '到期还款日', c.dueDate, ''),
  ].join('');
  const calls = c.callHistory
    .slice()
    .reverse()
    .map(
      (h) => `<div class="timeline-item"><div class="timeline-time">${esc(h.time)}</div>
      <div class="timeline-body"><span class="tag ${OUTCOME_CLASS[h.outcome] ?? ''}" data-outcome="${esc(h.outcome)}">${esc(h.outcomeLabel)}</span>
      <span class="timeline-agent">${esc(h.agent)}</span><div class="timeline-text">${esc(h.summary)}</div></div></div>`,
    )
    .join('');
  const promises = c.promises
    .map(
      (p) => `<div class="promise-card"><div class="promise-amount">${money(p.amount)} 元</div>
      <div class="promise-meta">承诺 ${esc(p.promisedDate)} · ${esc(p.method)}</div>
      <span class="tag ${PROMISE_CLASS[p.status] ?? ''}">${esc(p.status)}</span></div>`,
    )
    .join('');
  return `<div class="detail" data-case-id="${esc(c.caseId)}">
    <div class="detail-head"><div class="avatar">${esc(c.name.slice(0, 1))}</div>
      <div><div class="detail-title">${esc(c.name)} <span class="muted">${esc(c.caseId)}</span></div>
      <div class="detail-sub">${esc(c.productName)} · 风险等级 ${esc(c.riskLevel)} · 下次行动：${esc(c.nextAction)}（${esc(c.nextActionDate)}）</div></div></div>
    <section class="card"><div class="card-title">逾期概况</div><div class="field-grid">${overview}</div></section>
    <section class="card"><div class="card-title">客户信息</div><div class="field-grid">${customer}</div></section>
    <section class="card"><div class="card-title">还款信息</div><form class="form-grid" onsubmit="return false">${repayment}</form></section>
    <div class="card-row">
      <section class="card grow"><div class="card-title">通话记录</div><div class="timeline">${calls}</div></section>
      <section class="card side"><div class="card-title">还款承诺</div>${promises || '<div class="app-empty">暂无承诺</div>'}</section>
    </div>
    <section class="card"><div class="card-title">催记</div>
      <form id="note-form" class="note-form">
        <textarea id="app-note" name="note" rows="4" class="app-input" placeholder="请输入催记内容" aria-label="催记内容"></textarea>
        <div class="note-actions"><button type="submit" class="app-btn primary">保存催记</button><span id="note-status" class="note-status" role="status"></span></div>
      </form>
      <ul class="note-list" id="note-list">${notesHtml(loadNotes(c.caseId))}</ul>
    </section>
  </div>`;
}

function renderList() {
  const q = searchEl.value.trim().toLowerCase();
  const shown = summaries.filter((c) => !q || `${c.caseId} ${c.name}`.toLowerCase().includes(q));
  countEl.textContent = String(shown.length);
  listEl.innerHTML = shown
    .map(
      (c) => `<a class="case-item${c.caseId === wantedId ? ' active' : ''}" role="listitem" href="app.html#/case/${encodeURIComponent(c.caseId)}"
        data-case-id="${esc(c.caseId)}"${c.caseId === wantedId ? ' aria-current="true"' : ''}>
        <div class="case-item-top"><span class="case-item-name">${esc(c.name)}</span><span class="dpd-badge${c.daysPastDue > 90 ? ' hot' : ''}">${c.daysPastDue}天</span></div>
        <div class="case-item-sub">${esc(c.caseId)} · ${esc(c.product)}</div>
        <div class="case-item-amt">¥${money(c.amountOverdue)}</div></a>`,
    )
    .join('') || '<div class="app-empty">无匹配案件</div>';
}

function markActive() {
  for (const a of listEl.querySelectorAll('.case-item')) {
    const on = a.dataset.caseId === wantedId;
    a.classList.toggle('active', on);
    if (on) a.setAttribute('aria-current', 'true');
    else a.removeAttribute('aria-current');
  }
}

function showDetail(c) {
  detailEl.innerHTML = detailHtml(c); // one replacement: never a half-old, half-new debtor
  detailEl.scrollTop = 0;
  shownId = c.caseId;
  document.title = `${c.name} ${c.caseId} - 智能催收工作台`;
  const form = document.getElementById('note-form');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const box = document.getElementById('app-note');
    const status = document.getElementById('note-status');
    const text = box.value.trim();
    if (!text) {
      status.textContent = '请输入催记内容';
      return;
    }
    saveNote(c.caseId, text);
    box.value = '';
    document.getElementById('note-list').innerHTML = notesHtml(loadNotes(c.caseId));
    status.textContent = '已保存';
  });
}

async function loadDetail(caseId) {
  if (!details.has(caseId)) {
    const c = await fetchCase(caseId);
    if (c) details.set(caseId, c);
  }
  return details.get(caseId) ?? null;
}

/** Renders whatever the URL asks for; a slow response for an old route is dropped. */
async function syncToRoute() {
  const id = routeCaseId() ?? summaries[0]?.caseId ?? null;
  wantedId = id;
  markActive();
  if (!id || id === shownId) return;
  const cached = details.get(id);
  if (cached) return showDetail(cached);
  try {
    const c = await loadDetail(id);
    if (wantedId !== id) return;
    if (c) showDetail(c);
    else {
      shownId = null;
      detailEl.innerHTML = `<div class="app-empty">未找到案件 ${esc(id)}</div>`;
    }
  } catch (e) {
    if (wantedId === id) detailEl.innerHTML = `<div class="app-empty error">${esc(e.message)}</div>`;
  }
}

function navigate(caseId) {
  if (caseId === routeCaseId()) return;
  history.pushState({ caseId }, '', `app.html#/case/${encodeURIComponent(caseId)}`);
  void syncToRoute();
}

listEl.addEventListener('click', (e) => {
  const a = e.target.closest('a.case-item');
  if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(a.dataset.caseId);
});
window.addEventListener('popstate', () => void syncToRoute());
window.addEventListener('hashchange', () => void syncToRoute());
searchEl.addEventListener('input', renderList);

async function main() {
  summaries = await fetchCases();
  if (!routeCaseId() && summaries[0]) history.replaceState(null, '', `app.html#/case/${encodeURIComponent(summaries[0].caseId)}`);
  wantedId = routeCaseId();
  renderList();
  await syncToRoute();
  // The softphone strip lives outside the detail (which is replaced on every switch): the call is the agent's, not the page's.
  mountSoftphone(document.getElementById('softphone-slot'), { getCase: () => details.get(shownId) ?? null });
  // Prefetch the rest so later switches render synchronously.
  await Promise.all(summaries.map((s) => loadDetail(s.caseId).catch(() => null)));
}

main().catch((e) => {
  detailEl.innerHTML = `<div class="app-empty error">${esc(e.message)}</div>`;
});
