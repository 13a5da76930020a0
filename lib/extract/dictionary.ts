// Label → field matching over the synonym dictionary of fields.ts. Whole-label matches beat
// labels that merely contain a synonym; the longest contained synonym decides; a field's
// negative words veto it. Decoy labels (statement balance, credit limit…) match as `null`.
// Matching runs on folded code buffers, allocation-free until something matches: it is called
// for candidate texts of whole pages.
import { DECOY_LABELS, FIELD_RULES, type FieldRule } from './fields';
import { foldLabel, labelFoldVersion, normalizeLabel, T2S } from './normalize';
import type { FieldName } from './types';
import { PARTY_WORDS } from './sections';

/**
 * Words that are no label alone but start a status tag the scan reads ("逾期 47 天": scan.ts,
 * DAYS_RE), or title another party's section ("同户案件", "家庭成员": sections.ts): the
 * prefilter lets texts holding them through.
 */
const TAG_WORDS = ['逾期', ...PARTY_WORDS];

export interface LabelMatch {
  /** null: a known neighbour label (decoy) that claims its value for nobody. */
  field: FieldName | null;
  score: number;
  synonym: string;
}

interface Entry {
  field: FieldName | null;
  synonym: string;
  latin: boolean;
  /** Adapter labels outrank every built-in synonym. */
  boost: number;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  entry?: Entry;
}

/** A text holding one of these is a button, a hint or a heading, not a field label. */
const ACTION_WORDS =
  /查看|编辑|修改|删除|添加|新增|搜索|查询|导出|打印|返回|保存|提交|取消|选择|请输入|请选择|点击|列表|信息$|详情$|\bview\b|\bedit\b|\bsearch\b|\badd\b|\bdelete\b|\bexport\b|\bselect\b|\benter\b|\bdetails?$|\binformation$|\binfo$|\blist$/;

/**
 * Words that may follow a synonym without changing what the label names: "逾期金额合计",
 * "欠款总额", "户名全称", "overdue total". Any other tail is the label's real head noun, in
 * Chinese as in English compounds: "客户态度" is an attitude, "借款人身份证号" an id number,
 * "customer type" a type — not the customer's name.
 */
const KEEP_HEAD = /^(?:合计|总计|小计|总额|总数|金额|余额|人民币|万元|元|天数|天|日数|日|全称|全名|名称|名字|姓名|本人|后四位|尾号|[ -]?(?:total|amount|no|number|name|rmb|cny|usd|hkd|twd|ntd|outstanding|remaining|unpaid|owed|due|balance))$/;

function headKept(tail: string): boolean {
  const t = tail.trim();
  return t.length < 2 || KEEP_HEAD.test(t);
}

const SKIP = 0xffff;
const COLON = 0xfffe;
const STOP = 0xfffd;
const SKIP_MIN = 0xfffd;
/** Slots of the prefilter's verdict table (a power of two). */
const VERDICT_SLOTS = 2048;
/** A longer text is prose or a record's whole line, never read for labels. */
const MAX_LABEL_LINE = 400;
const BUF = new Uint16Array(512);

const isDigitCode = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
const isWordCode = (c: number | undefined) => c !== undefined && ((c >= 97 && c <= 122) || (c >= 48 && c <= 57));

export class LabelDictionary {
  private readonly root: TrieNode = { next: new Map() };
  private readonly negatives = new Map<FieldName, string[]>();
  /** Normalized synonym → its field (decoys: null), for labels made of two synonyms of one field. */
  private readonly wholeSynonyms = new Map<string, FieldName | null>();
  /** Longest synonym, so no label longer than it plus some slack is looked at. */
  readonly maxLen: number;
  /**
   * Prefilter: every UTF-16 code unit → a small id of the (folded) character if some label uses
   * it, SKIP for separators, 0 otherwise; and which id pairs occur next to each other in labels.
   * A text with no known pair cannot hold a label, so most page text costs one tight loop.
   */
  private readonly charIds = new Uint16Array(65536);
  /**
   * The prefilter's first check, one bit per code unit (8 KB each, in cache during the page walk
   * where the 128 KB of ids are not): label characters other than digits (a label's digits,
   * "PH1", never stand two in a row without a letter), and separators.
   */
  private readonly letters = new Int32Array(2048);
  private readonly seps = new Int32Array(2048);
  private pairBits = new Uint8Array(0);
  private readonly triples = new Set<number>();
  private idCount = 1;
  /** Synonyms (normalized) that yield to any other label of their field (`FieldRule.secondChoice`). */
  readonly secondChoice = new Set<string>();
  /** Synonyms (normalized) read only when the page shows no value of the field given (`FieldRule.notBeside`). */
  readonly notBeside = new Map<string, FieldName>();

  constructor(rules: FieldRule[] = FIELD_RULES, decoys: string[] = DECOY_LABELS, extra: [string, FieldName][] = []) {
    let max = 0;
    const exact = new Map<string, Entry>();
    const add = (label: string, field: FieldName | null, boost: number) => {
      const key = normalizeLabel(label);
      if (!key) return;
      const prev = exact.get(key);
      if (prev && prev.boost >= boost && (prev.field !== null || field === null)) return;
      const entry: Entry = { field, synonym: key, latin: /[a-z]/.test(key), boost };
      exact.set(key, entry);
      let node = this.root;
      for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        let n = node.next.get(c);
        if (!n) node.next.set(c, (n = { next: new Map() }));
        node = n;
      }
      node.entry = entry;
      if (key.length > max) max = key.length;
    };
    for (const d of decoys) add(d, null, 0);
    for (const r of rules) {
      for (const s of r.synonyms) add(s, r.field, 0);
      for (const s of r.weaker ?? []) add(s, r.field, -0.1);
      for (const s of r.secondChoice ?? []) add(s, r.field, 0), this.secondChoice.add(normalizeLabel(s));
      for (const s of r.notBeside?.labels ?? []) this.notBeside.set(normalizeLabel(s), r.notBeside!.field);
      this.negatives.set(r.field, (r.negatives ?? []).map((n) => normalizeLabel(n) || n));
    }
    for (const [label, field] of extra) add(label, field, 0.3);
    this.maxLen = max;
    for (const [k, e] of exact) this.wholeSynonyms.set(k, e.field);
    this.buildPrefilter([...exact.keys(), ...TAG_WORDS], new Set([...exact.values()].filter((e) => e.field !== null).map((e) => e.synonym)));
  }

  private buildPrefilter(labels: string[], fieldLabels: Set<string>): void {
    const ids = this.charIds;
    const keys = labels.map((k) => k.replace(/ /g, ''));
    for (const k of keys) for (let i = 0; i < k.length; i++) if (!ids[k.charCodeAt(i)]) ids[k.charCodeAt(i)] = this.idCount++;
    const fold = (from: number, to: number) => {
      if (ids[to] && !ids[from]) ids[from] = ids[to]!;
    };
    for (let c = 65; c <= 90; c++) fold(c, c + 32); // A-Z
    for (let c = 0xff21; c <= 0xff3a; c++) fold(c, c - 0xfee0 + 32); // Ａ-Ｚ
    for (let c = 0xff41; c <= 0xff5a; c++) fold(c, c - 0xfee0); // ａ-ｚ
    for (let c = 0xff10; c <= 0xff19; c++) fold(c, c - 0xfee0); // ０-９
    for (const [t, simp] of T2S) fold(t.charCodeAt(0), simp.charCodeAt(0));
    for (const ch of ' \t\n\r\u00a0\u3000*＊_-/.') ids[ch.charCodeAt(0)] = SKIP;
    for (const ch of ':：') ids[ch.charCodeAt(0)] = COLON;
    for (const ch of '。！？!?') ids[ch.charCodeAt(0)] = STOP;
    for (let c = 0; c < 65536; c++) {
      const id = ids[c]!;
      if (id >= SKIP_MIN) this.seps[c >> 5]! |= 1 << (c & 31);
      else if (id && !isDigitCode(c)) this.letters[c >> 5]! |= 1 << (c & 31);
    }
    const n = this.idCount;
    this.pairBits = new Uint8Array(n * n);
    keys.forEach((k, at) => {
      const idAt = (i: number) => ids[k.charCodeAt(i)]!;
      for (let i = 1; i < k.length; i++) this.pairBits[idAt(i - 1) * n + idAt(i)]! |= 1;
      // A two-character field label ("姓名") is enough on its own; a two-character decoy is not.
      if (k.length === 2 && (fieldLabels.has(labels[at]!) || TAG_WORDS.includes(k))) this.pairBits[idAt(0) * n + idAt(1)]! |= 2;
      for (let i = 2; i < k.length; i++) this.triples.add((idAt(i - 2) * n + idAt(i - 1)) * n + idAt(i));
    });
  }

  /**
   * Could this text hold a label? A tight loop, no allocation: it needs a whole two-character
   * field label or three characters in a row from some label, and no full stop unless a colon
   * says "label：value". False for nearly all values and prose. Asked of every text the page walk
   * meets (walk.ts), so its cost is most of the scan's beyond the walk itself.
   */
  mightContainLabel(text: string): boolean {
    if (text.length > MAX_LABEL_LINE) return false;
    // Two label letters in a row (separators may sit between) always put one at an odd index,
    // or a separator there beside one: a text whose odd indexes hold neither (digits, dates,
    // amounts, masked numbers: "2026-08-01 10:00", "130****1000") has no label, found in half the reads.
    const letters = this.letters;
    const seps = this.seps;
    const n = text.length;
    let i = 1;
    for (; i < n; i += 2) {
      const c = text.charCodeAt(i);
      if ((letters[c >> 5]! >>> (c & 31)) & 1) break;
      if (((seps[c >> 5]! >>> (c & 31)) & 1) === 0) continue;
      const b = text.charCodeAt(i - 1);
      if ((letters[b >> 5]! >>> (b & 31)) & 1) break;
      if (i + 1 < n) {
        const a = text.charCodeAt(i + 1);
        if ((letters[a >> 5]! >>> (a & 31)) & 1) break;
      }
    }
    if (i >= text.length) return false;
    // Pages repeat their label-like texts (a column title on every record card): each is judged
    // once, its verdict kept in a small table indexed by its length and ends, cheaper than a Map
    // (no hash of the whole text). Two texts sharing a slot only cost a judging again.
    const slot = ((text.length * 31 + text.charCodeAt(0)) * 31 + text.charCodeAt(text.length - 1)) & (VERDICT_SLOTS - 1);
    if (this.judgedText[slot] === text) return this.judgedVerdict[slot] === 1;
    const r = this.pairsInRow(text);
    this.judgedText[slot] = text;
    this.judgedVerdict[slot] = r ? 1 : 0;
    return r;
  }

  /** mightContainLabel's verdicts on texts past its first check: the text and its verdict by slot. */
  private readonly judgedText: (string | undefined)[] = new Array<string | undefined>(VERDICT_SLOTS).fill(undefined);
  private readonly judgedVerdict = new Uint8Array(VERDICT_SLOTS);

  /** Label characters in a row: a whole two-character field label or three from some label. */
  private pairsInRow(text: string): boolean {
    const ids = this.charIds;
    const bits = this.pairBits;
    const n = this.idCount;
    let p1 = 0;
    let p2 = 0;
    let hit = false;
    let colon = false;
    let stop = false;
    const triples = this.triples;
    for (let i = 0; i < text.length; i++) {
      const id = ids[text.charCodeAt(i)]!;
      if (id === 0) {
        p2 = p1 = 0;
        continue;
      }
      if (id >= SKIP_MIN) {
        if (id === COLON) {
          colon = true;
          if (hit) return true;
        } else if (id === STOP) {
          stop = true;
          p1 = p2 = 0;
        }
        continue;
      }
      if (!hit && p1) {
        const b = bits[p1 * n + id]!;
        if (b & 2 || (b && p2 && triples.has((p2 * n + p1) * n + id))) {
          hit = true;
          if (colon) return true;
        }
      }
      p2 = p1;
      p1 = id;
    }
    return hit && !stop;
  }

  /** Labels repeat on a page (list columns, several cards): matches are remembered by text. */
  private readonly memo = new Map<string, LabelMatch | null>();

  /** Match a label as shown on the page. The result is shared: never change it. */
  match(text: string): LabelMatch | null {
    const known = this.memo.get(text);
    if (known !== undefined) return known;
    const buf = text.length <= BUF.length ? BUF : new Uint16Array(text.length);
    const m = this.matchCodes(buf, foldLabel(text, buf)) ?? this.bilingual(text);
    if (this.memo.size >= 4096) this.memo.clear();
    this.memo.set(text, m);
    return m;
  }

  /**
   * A label in two languages split by a slash ("Customer Name / Nama", "Mobile / Telefon"): the
   * part this dictionary knows, when it is the only part that names anything (no decoy either).
   */
  private bilingual(text: string): LabelMatch | null {
    if (!/[/／]/.test(text)) return null;
    let found: LabelMatch | null = null;
    for (const part of text.split(/[/／]/)) {
      const t = part.trim();
      if (!t) continue;
      const buf = t.length <= BUF.length ? BUF : new Uint16Array(t.length);
      const m = this.matchCodes(buf, foldLabel(t, buf));
      if (!m) continue;
      if (found || m.field === null) return null;
      found = m;
    }
    return found && { ...found, score: Math.min(found.score, 1) * 0.95 };
  }

  private matchCodes(buf: Uint16Array, len: number): LabelMatch | null {
    if (!len || len > this.maxLen + 10) return null;
    // Longest synonym in the label (ties: the later one, the head noun in Chinese), and the
    // longest one that ends the label (the head noun itself: "借款人手机" is a phone).
    let best: Entry | undefined;
    let bestAt = -1;
    let head: Entry | undefined;
    for (let i = 0; i < len; i++) {
      let node = this.root.next.get(buf[i]!);
      let j = i + 1;
      while (node) {
        const e = node.entry;
        if (e && (!e.latin || (!isWordCode(i > 0 ? buf[i - 1] : undefined) && !isWordCode(j < len ? buf[j] : undefined)))) {
          if (!best || e.synonym.length >= best.synonym.length) {
            best = e;
            bestAt = i;
          }
          if (j === len && (!head || e.synonym.length > head.synonym.length)) head = e;
        }
        if (j >= len) break;
        node = node.next.get(buf[j]!);
        j++;
      }
    }
    if (!best) return null;
    if (best.synonym.length === len) return { field: best.field, score: 1 + best.boost, synonym: best.synonym };
    if (best.field === null) return { field: null, score: 0.8, synonym: best.synonym };
    const label = String.fromCharCode.apply(null, Array.from(buf.subarray(0, len)));
    if (ACTION_WORDS.test(label)) return null;
    if (!headKept(label.slice(bestAt + best.synonym.length))) {
      // Another noun follows the synonym: the label names that noun, if it is a synonym at all.
      if (!head) return null;
      best = head;
      bestAt = len - head.synonym.length;
      if (best.field === null) return { field: null, score: 0.8, synonym: best.synonym };
    }
    for (const neg of this.negatives.get(best.field!) ?? []) {
      const at = label.indexOf(neg);
      if (at < 0) continue;
      // A negative word that is part of the synonym itself does not count.
      if (at >= bestAt && at + neg.length <= bestAt + best.synonym.length) continue;
      return null;
    }
    // "City / Province", "手机/电话": synonyms of one field side by side name that field whole.
    const rest = (label.slice(0, bestAt) + ' ' + label.slice(bestAt + best.synonym.length)).trim();
    if (rest && this.wholeSynonyms.get(rest) === best.field) return { field: best.field, score: 1 + best.boost, synonym: best.synonym };
    // "Principal Outstanding", "逾期金额合计": the synonym first, then only a neutral word.
    if (bestAt === 0 && headKept(label.slice(best.synonym.length))) return { field: best.field, score: 0.9 + best.boost, synonym: best.synonym };
    const extra = len - best.synonym.length;
    const score = Math.max(0.5, 0.9 - 0.04 * extra) + best.boost;
    return { field: best.field, score, synonym: best.synonym };
  }
}

let shared: LabelDictionary | undefined;
let sharedFold = -1;
/** The built-in dictionary, built once (again once the Traditional fold arrives: normalize.ts addLabelFold). */
export function defaultDictionary(): LabelDictionary {
  if (!shared || sharedFold !== labelFoldVersion()) {
    shared = new LabelDictionary();
    sharedFold = labelFoldVersion();
  }
  return shared;
}
