// Export of calls by date range, with their notes, promises and debtor, as CSV (UTF-8 with a
// BOM so Excel shows Chinese) or JSON. Reads only; the export itself is written to the audit.
import { addAudit } from './audit';
import { countsAsAttempt } from './calls';
import { db, type DaihouDB } from './database';
import type { CallRecord, DebtorRecord, NoteRecord, PromiseRecord } from './schema';
import type { Locale } from '../i18n/locale';

export interface ExportRange {
  /** First and last day, inclusive, YYYY-MM-DD (the debtor-local day of each call). */
  from: string;
  to: string;
}

export interface ExportRow {
  call: CallRecord;
  debtor?: Pick<DebtorRecord, 'key' | 'name' | 'accountId'>;
  notes: NoteRecord[];
  promises: PromiseRecord[];
}


function groupByCall<T extends { callId?: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) if (r.callId !== undefined) (out.get(r.callId) ?? out.set(r.callId, []).get(r.callId)!).push(r);
  return out;
}

/** Attempts in the range (see countsAsAttempt), oldest first, each with its notes and promises. A call
 *  that is not complete (hung up without a wrap-up, or with no end recorded) is marked so in the file. */
export async function exportRows(range: ExportRange, database: DaihouDB = db): Promise<ExportRow[]> {
  return database.transaction('r', [database.calls, database.notes, database.promises, database.debtors], async () => {
    const calls = (await database.calls.where('day').between(range.from, range.to, true, true).filter(countsAsAttempt).toArray()).sort((a, b) => a.startedAt - b.startedAt);
    const ids = calls.map((c) => c.id!);
    const [notes, promises, debtors] = await Promise.all([
      database.notes.where('callId').anyOf(ids).toArray(),
      database.promises.where('callId').anyOf(ids).toArray(),
      database.debtors.bulkGet([...new Set(calls.map((c) => c.debtorKey))]),
    ]);
    const byKey = new Map(debtors.filter((d): d is DebtorRecord => d !== undefined).map((d) => [d.key, d]));
    // Grouped once by call (a month's export has thousands of calls and notes: no filter per call).
    const notesOf = groupByCall(notes.filter((n) => n.draft === 0));
    const promisesOf = groupByCall(promises);
    return calls.map((call) => {
      const d = byKey.get(call.debtorKey);
      return {
        call,
        ...(d ? { debtor: { key: d.key, name: d.name, accountId: d.accountId } } : {}),
        notes: (notesOf.get(call.id!) ?? []).map(({ grams: _g, ...n }) => n),
        promises: promisesOf.get(call.id!) ?? [],
      };
    });
  });
}

const HEADERS: Record<Locale, string[]> = {
  'zh-CN': ['通话编号', '开始时间', '结束时间', '通话状态', '日期', '债务人', '账号', '结果', '到达阶段', '识别场景', '使用话术', '合规提示', '覆盖原因', '备注', '承诺金额', '币种', '承诺日期', '还款方式', '承诺状态', '结果代码', '阶段代码', '场景代码', '承诺状态代码'],
  'zh-TW': ['通話編號', '開始時間', '結束時間', '通話狀態', '日期', '債務人', '帳號', '結果', '到達階段', '識別場景', '使用話術', '合規提示', '覆蓋原因', '備註', '承諾金額', '幣種', '承諾日期', '還款方式', '承諾狀態', '結果代碼', '階段代碼', '場景代碼', '承諾狀態代碼'],
  en: ['Call id', 'Started', 'Ended', 'Call state', 'Day', 'Debtor', 'Account', 'Outcome', 'Stage reached', 'Scenarios', 'Scripts used', 'Compliance findings', 'Override reason', 'Note', 'Promised amount', 'Currency', 'Promise date', 'Method', 'Promise status', 'Outcome code', 'Stage code', 'Scenario codes', 'Promise status code'],
};

/** A call exported is said to be complete only when it was ended and wrapped up. */
const CALL_STATE: Record<Locale, Record<CallState, string>> = {
  'zh-CN': { complete: '已完成', 'no-wrap-up': '已挂断，未填小结', unfinished: '未结束（无结束时间）' },
  'zh-TW': { complete: '已完成', 'no-wrap-up': '已掛斷，未填小結', unfinished: '未結束（無結束時間）' },
  en: { complete: 'Complete', 'no-wrap-up': 'Hung up, no wrap-up', unfinished: 'Never ended (no end time)' },
};

export type CallState = 'complete' | 'no-wrap-up' | 'unfinished';

export function callState(call: Pick<CallRecord, 'endedAt' | 'outcome'>): CallState {
  if (call.endedAt === undefined) return 'unfinished';
  return call.outcome === undefined ? 'no-wrap-up' : 'complete';
}

/** Words for the codes a call stores, in the UI language (the options page builds them from its
 *  translator and the active pack). A code without a word is shown as the code. */
export interface ExportLabels {
  outcome?: (code: string) => string | undefined;
  stage?: (id: string) => string | undefined;
  scenario?: (id: string) => string | undefined;
  promiseStatus?: (status: string) => string | undefined;
}

/** One CSV cell: quoted when it holds a comma, quote or line break; a leading = + - @ is
 *  neutralised so a note can never run as a spreadsheet formula. */
export function csvCell(v: string | number | undefined | null): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = v;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Local time in the call's zone, "2026-11-22 14:05:09". */
function localTime(ms: number | undefined, timeZone: string): string {
  if (ms === undefined) return '';
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(new Date(ms));
}

export const CSV_BOM = '\uFEFF';

/** The transcript column, present only when a call in the file kept its transcript (policy keepTranscript). */
const TRANSCRIPT_HEADER: Record<Locale, string> = { 'zh-CN': '通话文字', 'zh-TW': '通話文字', en: 'Transcript' };
const TRANSCRIPT_SPEAKER: Record<Locale, Record<'debtor' | 'agent', string>> = {
  'zh-CN': { debtor: '客户', agent: '坐席' },
  'zh-TW': { debtor: '客戶', agent: '坐席' },
  en: { debtor: 'Debtor', agent: 'Agent' },
};

/** CSV text, BOM first, CRLF line ends (what Excel expects). One line per call. */
export function toCSV(rows: ExportRow[], locale: Locale = 'zh-CN', labels: ExportLabels = {}): string {
  const withTranscript = rows.some((r) => r.call.transcript?.length);
  const lines = [[...HEADERS[locale], ...(withTranscript ? [TRANSCRIPT_HEADER[locale]] : [])].map(csvCell).join(',')];
  const word = (code: string | undefined, label: ((c: string) => string | undefined) | undefined) => (code ? (label?.(code) ?? code) : '');
  const uniq = (ids: readonly string[]) => [...new Set(ids)];
  for (const { call, debtor, notes, promises } of rows) {
    const p = promises[0];
    const scenarios = uniq(call.scenarios);
    lines.push(
      [
        call.id,
        localTime(call.startedAt, call.timeZone),
        localTime(call.endedAt, call.timeZone),
        CALL_STATE[locale][callState(call)],
        call.day,
        debtor?.name ?? '',
        debtor?.accountId ?? call.debtorKey.split('|').slice(1).join('|'),
        word(call.outcome, labels.outcome),
        word(call.stageReached, labels.stage),
        scenarios.map((s) => word(s, labels.scenario)).join('、'),
        // A script used twice in one call (copied, then inserted) is listed once.
        uniq(call.scriptsUsed).join(' '),
        // `!`: overridden by the agent; `~`: raised live by the agent's own words on the call.
        call.findings.map((f) => `${f.ruleId}${f.overridden ? '!' : ''}${f.heardLive ? '~' : ''}`).join(' '),
        call.overrideReason ?? '',
        notes.map((n) => n.text).join('\n'),
        p?.amount,
        p?.currency,
        p?.dueDate,
        p?.method,
        word(p?.status, labels.promiseStatus),
        call.outcome ?? '',
        call.stageReached ?? '',
        scenarios.join(' '),
        p?.status,
        // The call's words, when policy kept them (keepTranscript): one line per turn.
        ...(withTranscript ? [(call.transcript ?? []).map((turn) => `${TRANSCRIPT_SPEAKER[locale][turn.speaker]}：${turn.text}`).join('\n')] : []),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}

export function toJSON(rows: ExportRow[], range: ExportRange, now = Date.now()): string {
  // `state`: 'complete', 'no-wrap-up' (hung up, never wrapped up) or 'unfinished' (no end recorded).
  const calls = rows.map((r) => ({ ...r, call: { ...r.call, scriptsUsed: [...new Set(r.call.scriptsUsed)] }, state: callState(r.call) }));
  return JSON.stringify({ format: 'daihou-assist-export', formatVersion: 1, from: range.from, to: range.to, exportedAt: now, calls }, null, 2);
}

export interface ExportFile {
  text: string;
  filename: string;
  mime: string;
  count: number;
}

/** The export file for a range: `new Blob([file.text], { type: file.mime })` and download it. */
export async function exportRange(range: ExportRange, format: 'csv' | 'json', opts: { locale?: Locale; now?: number; labels?: ExportLabels } = {}, database: DaihouDB = db): Promise<ExportFile> {
  if (range.from > range.to) throw new RangeError(`from ${range.from} is after to ${range.to}`);
  const rows = await exportRows(range, database);
  const text = format === 'csv' ? toCSV(rows, opts.locale, opts.labels) : toJSON(rows, range, opts.now);
  await addAudit('export', { from: range.from, to: range.to, format, calls: rows.length }, database, opts.now).catch(() => {});
  return {
    text,
    filename: `daihou-export-${range.from}_${range.to}.${format}`,
    mime: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
    count: rows.length,
  };
}
