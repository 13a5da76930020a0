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


/** Attempts in the range (see countsAsAttempt), oldest first, each with its notes and promises. */
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
    return calls.map((call) => {
      const d = byKey.get(call.debtorKey);
      return {
        call,
        ...(d ? { debtor: { key: d.key, name: d.name, accountId: d.accountId } } : {}),
        notes: notes.filter((n) => n.callId === call.id && n.draft === 0).map(({ grams: _g, ...n }) => n),
        promises: promises.filter((p) => p.callId === call.id),
      };
    });
  });
}

const HEADERS: Record<Locale, string[]> = {
  'zh-CN': ['通话编号', '开始时间', '结束时间', '日期', '债务人', '账号', '结果', '到达阶段', '识别场景', '使用话术', '合规提示', '覆盖原因', '备注', '承诺金额', '币种', '承诺日期', '还款方式', '承诺状态'],
  'zh-TW': ['通話編號', '開始時間', '結束時間', '日期', '債務人', '帳號', '結果', '到達階段', '識別場景', '使用話術', '合規提示', '覆蓋原因', '備註', '承諾金額', '幣種', '承諾日期', '還款方式', '承諾狀態'],
  en: ['Call id', 'Started', 'Ended', 'Day', 'Debtor', 'Account', 'Outcome', 'Stage reached', 'Scenarios', 'Scripts used', 'Compliance findings', 'Override reason', 'Note', 'Promised amount', 'Currency', 'Promise date', 'Method', 'Promise status'],
};

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

/** CSV text, BOM first, CRLF line ends (what Excel expects). One line per call. */
export function toCSV(rows: ExportRow[], locale: Locale = 'zh-CN'): string {
  const lines = [HEADERS[locale].map(csvCell).join(',')];
  for (const { call, debtor, notes, promises } of rows) {
    const p = promises[0];
    lines.push(
      [
        call.id,
        localTime(call.startedAt, call.timeZone),
        localTime(call.endedAt, call.timeZone),
        call.day,
        debtor?.name ?? '',
        debtor?.accountId ?? call.debtorKey.split('|').slice(1).join('|'),
        call.outcome ?? '',
        call.stageReached ?? '',
        call.scenarios.join(' '),
        call.scriptsUsed.join(' '),
        call.findings.map((f) => `${f.ruleId}${f.overridden ? '!' : ''}`).join(' '),
        call.overrideReason ?? '',
        notes.map((n) => n.text).join('\n'),
        p?.amount,
        p?.currency,
        p?.dueDate,
        p?.method,
        p?.status,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}

export function toJSON(rows: ExportRow[], range: ExportRange, now = Date.now()): string {
  return JSON.stringify({ format: 'daihou-assist-export', formatVersion: 1, from: range.from, to: range.to, exportedAt: now, calls: rows }, null, 2);
}

export interface ExportFile {
  text: string;
  filename: string;
  mime: string;
  count: number;
}

/** The export file for a range: `new Blob([file.text], { type: file.mime })` and download it. */
export async function exportRange(range: ExportRange, format: 'csv' | 'json', opts: { locale?: Locale; now?: number } = {}, database: DaihouDB = db): Promise<ExportFile> {
  if (range.from > range.to) throw new RangeError(`from ${range.from} is after to ${range.to}`);
  const rows = await exportRows(range, database);
  const text = format === 'csv' ? toCSV(rows, opts.locale) : toJSON(rows, range, opts.now);
  await addAudit('export', { from: range.from, to: range.to, format, calls: rows.length }, database, opts.now).catch(() => {});
  return {
    text,
    filename: `daihou-export-${range.from}_${range.to}.${format}`,
    mime: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
    count: rows.length,
  };
}
