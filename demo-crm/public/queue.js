// 案件队列: lists the cases from /api/cases with a client-side filter; each row links to case.html.
import { esc, fetchCases, money } from './crm-common.js';

const tbody = document.querySelector('#case-queue tbody');
const summary = document.getElementById('queue-summary');
const form = document.getElementById('filter');
let cases = [];

function matches(c, { product, bucket, q }) {
  if (product && c.product !== product) return false;
  if (bucket && c.bucket !== bucket) return false;
  if (q && !`${c.caseId} ${c.name}`.toLowerCase().includes(q.toLowerCase())) return false;
  return true;
}

function render() {
  const filter = Object.fromEntries(new FormData(form));
  const shown = cases.filter((c) => matches(c, filter));
  const total = shown.reduce((sum, c) => sum + c.amountOverdue, 0);
  summary.textContent = `（共 ${shown.length} 件，逾期合计 ¥${money(total)}）`;
  tbody.innerHTML = shown.length
    ? shown
        .map((c, i) => {
          const href = `case.html?id=${encodeURIComponent(c.caseId)}`;
          return `<tr data-case-id="${esc(c.caseId)}">
        <td class="center">${i + 1}</td>
        <td><a href="${href}">${esc(c.caseId)}</a></td>
        <td><a href="${href}">${esc(c.name)}</a></td>
        <td>${esc(c.phone)}</td>
        <td>${esc(c.product)}</td>
        <td class="num">${money(c.amountOverdue)}</td>
        <td class="num${c.daysPastDue > 90 ? ' danger' : ''}">${c.daysPastDue}</td>
        <td class="center">${esc(c.bucket)}</td>
        <td>${esc(c.nextAction)}</td>
        <td class="nowrap">${esc(c.nextActionDate)}</td>
        <td class="nowrap">${esc(c.agent)}</td>
      </tr>`;
        })
        .join('')
    : '<tr><td colspan="11" class="empty">没有符合条件的案件</td></tr>';
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  render();
});
form.addEventListener('reset', () => setTimeout(render));

fetchCases().then(
  (list) => {
    cases = list;
    render();
  },
  (e) => {
    tbody.innerHTML = `<tr><td colspan="11" class="empty error">${esc(e.message)}</td></tr>`;
  },
);
