// Helpers shared by the demo CRM pages: API calls, the display formats a Chinese bank CRM
// uses, and the CRM's own note store. Pure page code; knows nothing about the extension.

export async function fetchCases() {
  const res = await fetch('/api/cases');
  if (!res.ok) throw new Error(`加载案件列表失败（${res.status}）`);
  return res.json();
}

export async function fetchCase(caseId) {
  const res = await fetch(`/api/cases/${encodeURIComponent(caseId)}`);
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`加载案件失败（${res.status}）`);
  return res.json();
}

/** Escapes text for use inside HTML markup and attribute values. */
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** 12860.5 → "12,860.50" */
export function money(n) {
  if (n === null || n === undefined) return '—';
  return Number(n).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** 12860.5 → "¥12,860.50" */
export function yuan(n) {
  return n === null || n === undefined ? '—' : `¥${money(n)}`;
}

/** "2026-09-18" → "2026年9月18日" */
export function dateCN(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '—';
}

/** "2026-09-18" → "2026/09/18" */
export function dateSlash(iso) {
  return iso ? iso.replace(/-/g, '/') : '—';
}

export const OUTCOME_CLASS = {
  ptp: 'tag-blue',
  paid: 'tag-green',
  partial: 'tag-green',
  refused: 'tag-red',
  dispute: 'tag-orange',
  callback: 'tag-gray',
  'no-answer': 'tag-gray',
  'wrong-number': 'tag-gray',
  'third-party': 'tag-orange',
  deceased: 'tag-gray',
  hardship: 'tag-orange',
  'escalate-legal': 'tag-red',
};

export const PROMISE_CLASS = { 未兑现: 'tag-red', 已兑现: 'tag-green', 待履约: 'tag-blue' };

const NOTE_KEY = (caseId) => `demo-crm:notes:${caseId}`;

export function loadNotes(caseId) {
  try {
    const list = JSON.parse(localStorage.getItem(NOTE_KEY(caseId)) ?? '[]');
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

/** Saves a note in localStorage (the page's record) and tells the server, best effort. */
export function saveNote(caseId, text) {
  const note = { text, savedAt: new Date().toISOString() };
  localStorage.setItem(NOTE_KEY(caseId), JSON.stringify([...loadNotes(caseId), note]));
  fetch(`/api/cases/${encodeURIComponent(caseId)}/notes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  }).catch(() => {});
  return note;
}

/** ISO timestamp → "2026-11-22 14:05" in local time. */
export function stamp(iso) {
  const d = new Date(iso);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function notesHtml(notes) {
  if (!notes.length) return '<li class="empty">暂无催记</li>';
  return notes
    .slice()
    .reverse()
    .map((n) => `<li><span class="note-time">${esc(stamp(n.savedAt))}</span><span class="note-text">${esc(n.text)}</span></li>`)
    .join('');
}
