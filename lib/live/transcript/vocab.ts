// The words and class names call-center workbenches use for who is speaking in their live
// transcript: speaker labels ("客户：", "坐席：", "Agent:"), timestamps, class tokens
// (is-agent / is-customer, self / other, msg-send / msg-receive, left / right). Pure functions.
import type { Speaker } from '../turn';

/** Labels naming the debtor's side of the call (zh-CN, zh-TW, en). "本人" only counts before a colon. */
const DEBTOR_LABELS = [
  '客户', '客戶', '来电方', '來電方', '被叫', '债务人', '債務人', '借款人', '持卡人', '用户', '用戶', '对方', '對方', '访客', '訪客',
  'customer', 'debtor', 'client', 'caller', 'borrower', 'cardholder', 'callee',
];
const AGENT_LABELS = [
  '坐席', '座席', '专员', '專員', '催收员', '催收員', '催收专员', '催收專員', '客服', '话务员', '話務員', '催收', '业务员', '業務員', '我方',
  'agent', 'collector', 'representative', 'rep', 'operator', 'staff', 'customer service', '客服专员', '客服專員', '我', 'me',
];
/** Weak labels: a speaker only when a colon follows ("本人：是我"), never as a lone cell ("联系人: 本人"). */
const DEBTOR_WEAK = ['本人'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: string[]) => xs.map(escape).sort((a, b) => b.length - a.length).join('|');

/** A clock time with optional date: 10:02:31, 10:02, [10:02:31], 2026-11-26 10:02:31, 00:01:05.300. */
const TIME = String.raw`(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]?)?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
const TIME_WRAPPED = String.raw`[\[【(（]?\s*${TIME}\s*[\]】)）]?`;
export const TIME_ONLY = new RegExp(String.raw`^\s*${TIME_WRAPPED}\s*$`);
const LEADING_TIME = new RegExp(String.raw`^\s*${TIME_WRAPPED}\s*[-–—|·]?\s*`);
const TRAILING_TIME = new RegExp(String.raw`\s*${TIME_WRAPPED}\s*$`);

const ALL = alt([...DEBTOR_LABELS, ...AGENT_LABELS, ...DEBTOR_WEAK]);
/**
 * A label at the start of a line: optional time, the speaker word, an optional name or role in
 * brackets or a short name ("坐席(王琳)", "客户 张伟", "Agent Li"), an optional time, then a colon.
 */
const PAREN = String.raw`(?:[（(][^)）]{0,24}[)）])`;
/** What follows a speaker word in a field label, not a name: 客户姓名, 客户编号, 坐席工号, Customer ID. */
const FIELD_WORDS = String.raw`(?:姓名|名称|名稱|编号|編號|号码|號碼|电话|電話|手机|手機|地址|账号|帳號|证件|證件|类型|類型|等级|等級|状态|狀態|信息|資訊|工号|工號|来源|來源|经理|經理|id\b|name\b|no\b|number|type|status|phone)`;
const LABEL_PREFIX = new RegExp(
  String.raw`^\s*(?:${TIME_WRAPPED}\s*)?(?:[\[【]\s*(${ALL})\s*${PAREN}?\s*[\]】]\s*(?:${TIME_WRAPPED}\s*)?[:：]?|(${ALL})(?![a-z])\s*(?:${PAREN}|(?!${FIELD_WORDS})[A-Za-z\u4e00-\u9fff·]{1,8}(?=\s*(?:${TIME_WRAPPED}\s*)?[:：]))?\s*(?:${TIME_WRAPPED}\s*)?[:：])\s*`,
  'i',
);
/** A segment that is only a speaker word (a name cell or a badge), with an optional colon or time. */
const LABEL_ALONE = new RegExp(String.raw`^\s*[\[【]?\s*(${alt([...DEBTOR_LABELS, ...AGENT_LABELS])})\s*(?:[（(][^)）]{0,24}[)）])?\s*[\]】]?\s*[:：]?\s*$`, 'i');

/** First characters a line with a speaker label can start with (a time, a bracket, a speaker word). */
export const LABEL_STARTS = new Set([...'0123456789[【(（', ...[...DEBTOR_LABELS, ...AGENT_LABELS, ...DEBTOR_WEAK].map((w) => w[0]!.toLowerCase())]);

const DEBTOR_SET = new Set([...DEBTOR_LABELS, ...DEBTOR_WEAK].map((s) => s.toLowerCase()));
const AGENT_SET = new Set(AGENT_LABELS.map((s) => s.toLowerCase()));

export function speakerOfWord(word: string): Speaker | null {
  const w = word.toLowerCase();
  return DEBTOR_SET.has(w) ? 'debtor' : AGENT_SET.has(w) ? 'agent' : null;
}

/** "客户：我没钱" → { speaker: 'debtor', rest: '我没钱' }; null when the line has no speaker label. */
export function splitLabel(text: string): { speaker: Speaker; rest: string } | null {
  const m = LABEL_PREFIX.exec(text);
  if (!m) return null;
  const speaker = speakerOfWord((m[1] ?? m[2])!);
  return speaker ? { speaker, rest: text.slice(m[0].length) } : null;
}

/** The speaker a lone label segment names ("客户", "坐席：", "Agent (Li)"), else null. */
export function labelAlone(text: string): Speaker | null {
  const m = LABEL_ALONE.exec(text);
  return m ? speakerOfWord(m[1]!) : null;
}

/** A short "标签：" at the start that is not a speaker ("案件编号：…", "Status:"): a field line, not speech. */
const OTHER_LABEL = /^\s*([\u4e00-\u9fffA-Za-z ]{1,8})\s*[:：]\s*\S/;
export function startsWithOtherLabel(text: string): boolean {
  const m = OTHER_LABEL.exec(text);
  return !!m && !splitLabel(text);
}

/** Leading and trailing timestamps removed. */
export function stripTimes(text: string): string {
  return text.replace(LEADING_TIME, '').replace(TRAILING_TIME, '');
}

// ---- class tokens and data attributes ----

const AGENT_PARTS = new Set(['agent', 'staff', 'seat', 'operator', 'collector', 'kefu', 'zuoxi', 'self', 'mine', 'my', 'send', 'sent', 'outgoing', 'outbound', 'local', 'rep', 'employee']);
const DEBTOR_PARTS = new Set(['customer', 'client', 'debtor', 'cust', 'user', 'guest', 'visitor', 'caller', 'kehu', 'other', 'others', 'receive', 'received', 'recv', 'incoming', 'inbound', 'remote', 'peer', 'callee', 'borrower']);
const LEFT_PARTS = new Set(['left', 'fl', 'start', 'pull-left', 'float-left']);
const RIGHT_PARTS = new Set(['right', 'fr', 'end', 'pull-right', 'float-right', 'reverse']);
const INTERIM_PARTS = new Set(['interim', 'partial', 'temp', 'temporary', 'typing', 'pending', 'streaming', 'recognizing', 'intermediate', 'unstable', 'nonfinal', 'tentative']);
const FINAL_PARTS = new Set(['final', 'finalized', 'finished', 'stable', 'confirmed', 'complete', 'completed', 'done']);
/** Not speech: system notices, date separators, call-state lines. */
const SYSTEM_PARTS = new Set(['system', 'sys', 'notice', 'tip', 'tips', 'divider', 'separator', 'date', 'center', 'centre', 'event', 'status', 'hint']);

export interface ClassHints {
  speaker: Speaker | null;
  side: 'left' | 'right' | null;
  state: 'final' | 'interim' | null;
  system: boolean;
}

/** Split one class token into its parts: "msg-item--customer" → msg, item, customer. */
function parts(token: string): string[] {
  return token.toLowerCase().split(/[-_]+/).filter(Boolean);
}

/** What one element's classes and data attributes say. Mixed agent and debtor words say nothing. */
export function classHints(el: Element): ClassHints {
  let agent = 0;
  let debtor = 0;
  let left = 0;
  let right = 0;
  let interim = 0;
  let final = 0;
  let system = false;
  const cls = el.getAttribute('class') ?? '';
  const words: string[] = [];
  for (const token of cls.split(/\s+/)) {
    if (!token) continue;
    const t = token.toLowerCase();
    // "customer-service" / "cs-msg" are the agent's side.
    if (/customer-?_?service|^cs$|^cs[-_]/.test(t)) {
      agent++;
      continue;
    }
    words.push(...parts(t));
    if (t === 'pull-left' || t === 'float-left') left++;
    if (t === 'pull-right' || t === 'float-right') right++;
  }
  for (const name of ['data-speaker', 'data-role', 'data-from', 'data-sender', 'data-side', 'data-direction', 'data-type', 'data-party', 'data-channel']) {
    const v = el.getAttribute(name);
    if (v && v.length < 40) {
      const s = speakerOfWord(v.trim());
      if (s === 'agent') agent++;
      else if (s === 'debtor') debtor++;
      else words.push(...parts(v));
    }
  }
  for (const w of words) {
    if (AGENT_PARTS.has(w)) agent++;
    else if (DEBTOR_PARTS.has(w)) debtor++;
    if (LEFT_PARTS.has(w)) left++;
    else if (RIGHT_PARTS.has(w)) right++;
    if (INTERIM_PARTS.has(w)) interim++;
    else if (FINAL_PARTS.has(w)) final++;
    if (SYSTEM_PARTS.has(w)) system = true;
  }
  const df = el.getAttribute('data-final') ?? el.getAttribute('data-is-final');
  if (df === 'true') final++;
  else if (df === 'false') interim++;
  const di = el.getAttribute('data-interim') ?? el.getAttribute('data-partial');
  if (di === 'true') interim++;
  if (el.getAttribute('aria-busy') === 'true') interim++;
  return {
    speaker: agent && !debtor ? 'agent' : debtor && !agent ? 'debtor' : null,
    side: left && !right ? 'left' : right && !left ? 'right' : null,
    state: interim && !final ? 'interim' : final && !interim ? 'final' : null,
    system: system && !agent && !debtor,
  };
}

/** The side an inline style puts a bubble on (text-align, float, flex ends, auto margins). */
export function styleSide(el: Element): 'left' | 'right' | null {
  const s = el.getAttribute('style');
  if (!s) return null;
  if (/float\s*:\s*right|text-align\s*:\s*right|justify-content\s*:\s*flex-end|flex-direction\s*:\s*row-reverse|margin-left\s*:\s*auto|align-self\s*:\s*flex-end/i.test(s)) return 'right';
  if (/float\s*:\s*left|text-align\s*:\s*left|justify-content\s*:\s*flex-start|margin-right\s*:\s*auto|align-self\s*:\s*flex-start/i.test(s)) return 'left';
  return null;
}

/** Class tokens of a segment that is no speech: a name tag, a time, an avatar, a read receipt, a button. */
const NAME_RE = /(?:^|[-_])(?:name|nick|nickname|author|speaker|sender|username|who|role|from)(?:$|[-_])/;
const TIME_RE = /(?:^|[-_])(?:time|timestamp|date|clock|datetime)(?:$|[-_])/;
const AVATAR_RE = /(?:^|[-_])(?:avatar|head|portrait|photo|icon)(?:$|[-_])/;
const CHROME_RE = /(?:^|[-_])(?:status|read|unread|badge|action|actions|btn|button|operate|copy|tool|tools|menu|more|retry|sr|visually)(?:$|[-_])/;

export type SegmentKind = 'name' | 'time' | 'avatar' | 'chrome' | null;

export function segmentKind(el: Element): SegmentKind {
  const cls = (el.getAttribute('class') ?? '').toLowerCase();
  if (!cls) return el.localName === 'time' ? 'time' : null;
  for (const t of cls.split(/\s+/)) {
    if (!t) continue;
    if (NAME_RE.test(t)) return 'name';
    if (TIME_RE.test(t)) return 'time';
    if (AVATAR_RE.test(t)) return 'avatar';
    if (CHROME_RE.test(t)) return 'chrome';
  }
  return el.localName === 'time' ? 'time' : null;
}

/** Read receipts and delivery marks some workbenches print inside a bubble. */
export const RECEIPT_TEXT = /^(?:已读|未读|已讀|未讀|送达|送達|已送达|发送失败|發送失敗|read|unread|delivered|sent)$/i;
/** One-character avatars ("客", "坐", "我"). */
export function avatarSpeaker(text: string): Speaker | null {
  const t = text.trim();
  if (/^(?:客|户|戶|C)$/i.test(t)) return 'debtor';
  if (/^(?:坐|座|催|我|服|A)$/i.test(t)) return 'agent';
  return labelAlone(t);
}
