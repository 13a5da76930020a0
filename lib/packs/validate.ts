// Validates a pack (JSON text or parsed value) and explains every problem by JSON path, in the
// agent's language. Never trusts input: size, depth, prototype keys and invisible characters are
// checked before zod; after it, site adapter URL patterns, prohibited tactics and the compliance lint (vet.ts).
import { packSchema, PACK_LIMITS, type Pack } from './schema';
import { DOMAIN_PERSONA_IDS, DOMAIN_TECHNIQUE_IDS, isProhibitedTacticId } from './domain-ids';
import { formatMessage } from '../i18n/format';
import type { Locale, Localized } from '../i18n/locale';
import { checkAdapter } from '../extract/adapters';
import { checkTactics, lintPackScripts, prohibitedTechniqueIds } from './vet';

export interface PackError {
  /** JSON path such as `scenarios[3].scripts[0].text` (empty for the whole file). */
  path: string;
  code: string;
  message: string;
}
export type ValidationResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

// ICU messages (lib/i18n/format): `'{'` is a literal brace.
const MESSAGES: Record<string, Localized> = {
  'file-too-large': { 'zh-CN': '文件过大（上限 {detail}）', 'zh-TW': '檔案過大（上限 {detail}）', en: 'file too large (limit {detail})' },
  json: { 'zh-CN': '不是有效的 JSON：{detail}', 'zh-TW': '不是有效的 JSON：{detail}', en: 'not valid JSON: {detail}' },
  'too-deep': { 'zh-CN': '嵌套层级过深（上限 {detail} 层）', 'zh-TW': '巢狀層級過深（上限 {detail} 層）', en: 'nested too deeply (limit {detail})' },
  'forbidden-key': { 'zh-CN': '不允许的键名 {detail}', 'zh-TW': '不允許的鍵名 {detail}', en: 'forbidden key {detail}' },
  'unknown-variable': { 'zh-CN': "未知变量 '{'{detail}'}'", 'zh-TW': "未知變數 '{'{detail}'}'", en: "unknown variable '{'{detail}'}'" },
  markup: { 'zh-CN': '文本中不能含 HTML 标签或 javascript: 链接', 'zh-TW': '文字中不能含 HTML 標籤或 javascript: 連結', en: 'text must not contain HTML tags or javascript: links' },
  'control-char': { 'zh-CN': '文本含不可见的控制字符', 'zh-TW': '文字含不可見的控制字元', en: 'text contains invisible control characters' },
  'too-long': { 'zh-CN': '内容过长', 'zh-TW': '內容過長', en: 'too long' },
  'too-short': { 'zh-CN': '不能为空', 'zh-TW': '不能為空', en: 'must not be empty' },
  'too-many': { 'zh-CN': '条目过多', 'zh-TW': '項目過多', en: 'too many items' },
  'too-few': { 'zh-CN': '至少需要一条', 'zh-TW': '至少需要一條', en: 'at least one item is required' },
  'bad-id': { 'zh-CN': 'id 只能用小写字母、数字和连字符', 'zh-TW': 'id 只能用小寫字母、數字和連字號', en: 'id must be lowercase letters, digits and hyphens' },
  'bad-version': { 'zh-CN': '版本号须为 1.2.3 格式', 'zh-TW': '版本號須為 1.2.3 格式', en: 'version must look like 1.2.3' },
  'bad-date': { 'zh-CN': '日期须为 ISO 格式（2026-11-22）', 'zh-TW': '日期須為 ISO 格式（2026-11-22）', en: 'date must be ISO (2026-11-22)' },
  'wrong-type': { 'zh-CN': '类型错误：应为 {detail}', 'zh-TW': '類型錯誤：應為 {detail}', en: 'wrong type: expected {detail}' },
  'bad-value': { 'zh-CN': '取值无效：{detail}', 'zh-TW': '取值無效：{detail}', en: 'invalid value: {detail}' },
  'unknown-key': { 'zh-CN': '未知字段 {detail}', 'zh-TW': '未知欄位 {detail}', en: 'unknown field {detail}' },
  'duplicate-id': { 'zh-CN': 'id 重复：{detail}', 'zh-TW': 'id 重複：{detail}', en: 'duplicate id: {detail}' },
  'unknown-technique': { 'zh-CN': '引用了未定义的技巧/策略 {detail}', 'zh-TW': '引用了未定義的技巧/策略 {detail}', en: 'refers to an undefined technique/strategy {detail}' },
  'unknown-persona': { 'zh-CN': '引用了未定义的性格类型 {detail}', 'zh-TW': '引用了未定義的性格類型 {detail}', en: 'refers to an undefined persona {detail}' },
  'prohibited-technique': { 'zh-CN': '话术使用了被禁止的手段 {detail}', 'zh-TW': '話術使用了被禁止的手段 {detail}', en: 'script uses a prohibited technique {detail}' },
  'tactic-must-be-prohibited': { 'zh-CN': '这是违规催收手段，只能标为 prohibited', 'zh-TW': '這是違規催收手段，只能標為 prohibited', en: 'this is an unlawful tactic and can only be rated prohibited' },
  'prohibited-needs-alternative': { 'zh-CN': '被禁止的手段必须给出合法替代做法', 'zh-TW': '被禁止的手段必須給出合法替代做法', en: 'a prohibited technique needs a lawful alternative' },
  'too-many-examples': { 'zh-CN': '触发例句总数过多（上限 {detail}）', 'zh-TW': '觸發例句總數過多（上限 {detail}）', en: 'too many trigger examples in total (limit {detail})' },
  'invisible-char': {
    'zh-CN': '含不可见字符或双向控制字符 {detail}（可能隐藏或颠倒文字，请删除）',
    'zh-TW': '含不可見字元或雙向控制字元 {detail}（可能隱藏或顛倒文字，請刪除）',
    en: 'contains an invisible or bidi control character {detail} (it can hide or reorder text: remove it)',
  },
  'unlawful-script': {
    'zh-CN': '话术未通过合规检查：{detail}',
    'zh-TW': '話術未通過合規檢查：{detail}',
    en: 'script fails the compliance check: {detail}',
  },
  'prohibition-overridden': {
    'zh-CN': '{detail} 已被默认话术包或已安装的话术包禁止，其他话术包不能改为允许',
    'zh-TW': '{detail} 已被預設話術包或已安裝的話術包禁止，其他話術包不能改為允許',
    en: '{detail} is prohibited by the default pack or an installed pack: no pack can rate it as allowed',
  },
  'url-pattern-regex': {
    'zh-CN': '网址模式不能用正则表达式（会卡住 CRM 页面），请改用通配符，例如 https://crm.bank.cn/case/*：{detail}',
    'zh-TW': '網址模式不能用正規表示式（會卡住 CRM 頁面），請改用萬用字元，例如 https://crm.bank.cn/case/*：{detail}',
    en: 'regular expressions are not allowed as URL patterns (they can stall the CRM page): use a glob such as https://crm.bank.cn/case/*: {detail}',
  },
  'url-pattern-length': {
    'zh-CN': '网址模式为空或过长（上限 500 个字符）',
    'zh-TW': '網址模式為空或過長（上限 500 個字元）',
    en: 'URL pattern is empty or too long (limit 500 characters)',
  },
  'url-pattern-chars': {
    'zh-CN': '网址模式只能含可见的 ASCII 字符（其他字符请写成 %E4%BD%A0 形式）：{detail}',
    'zh-TW': '網址模式只能含可見的 ASCII 字元（其他字元請寫成 %E4%BD%A0 形式）：{detail}',
    en: 'URL patterns may hold visible ASCII characters only (percent-encode others): {detail}',
  },
  'url-pattern-scheme': {
    'zh-CN': '网址模式的协议无效（应为 https、http 或 *）：{detail}',
    'zh-TW': '網址模式的協定無效（應為 https、http 或 *）：{detail}',
    en: 'invalid scheme in the URL pattern (expected https, http or *): {detail}',
  },
  'url-pattern-host': {
    'zh-CN': '网址模式的主机名无效（例如 crm.bank.cn、*.bank.cn、127.0.0.1:8080）：{detail}',
    'zh-TW': '網址模式的主機名稱無效（例如 crm.bank.cn、*.bank.cn、127.0.0.1:8080）：{detail}',
    en: 'invalid host in the URL pattern (e.g. crm.bank.cn, *.bank.cn, 127.0.0.1:8080): {detail}',
  },
  'bad-adapter': { 'zh-CN': '网站适配器无效：{detail}', 'zh-TW': '網站適配器無效：{detail}', en: 'invalid site adapter: {detail}' },
  invalid: { 'zh-CN': '无效：{detail}', 'zh-TW': '無效：{detail}', en: 'invalid: {detail}' },
};

export function errorMessage(code: string, detail: string, locale: Locale): string {
  const table = MESSAGES[code] ?? MESSAGES.invalid!;
  return formatMessage(table[locale], locale, { detail });
}

export function formatPath(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${String(p)}` : String(p);
  return s;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Zero-width and bidi controls (and U+FEFF): they hide words from a reviewer or reorder them on screen. */
// eslint-disable-next-line no-misleading-character-class
export const INVISIBLE_CHARS = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const MAX_INVISIBLE_ERRORS = 50;

const codePoint = (s: string) => {
  const c = INVISIBLE_CHARS.exec(s)![0].charCodeAt(0);
  return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
};

function scanRaw(value: unknown, add: (path: PropertyKey[], code: string, detail?: string) => void): void {
  let invisible = 0;
  const walk = (v: unknown, path: PropertyKey[], depth: number): boolean => {
    if (typeof v === 'string') {
      if (INVISIBLE_CHARS.test(v) && invisible++ < MAX_INVISIBLE_ERRORS) add(path, 'invisible-char', codePoint(v));
      return true;
    }
    if (v === null || typeof v !== 'object') return true;
    if (depth > PACK_LIMITS.depth) {
      add(path, 'too-deep', String(PACK_LIMITS.depth));
      return false;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (!walk(v[i], [...path, i], depth + 1)) return false;
      return true;
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) add([...path, key], 'forbidden-key', key);
      else if (INVISIBLE_CHARS.test(key) && invisible++ < MAX_INVISIBLE_ERRORS) add([...path, key], 'invisible-char', codePoint(key));
      else if (!walk((v as Record<string, unknown>)[key], [...path, key], depth + 1)) return false;
    }
    return true;
  };
  walk(value, [], 0);
}

function checkReferences(pack: Pack, add: (path: PropertyKey[], code: string, detail?: string) => void): void {
  const techniques = new Map(pack.techniques.map((t) => [t.id, t] as const));
  const knownTechnique = (id: string) => techniques.has(id) || DOMAIN_TECHNIQUE_IDS.includes(id) || isProhibitedTacticId(id);
  const personas = new Set([...DOMAIN_PERSONA_IDS, ...pack.personas.map((p) => p.id)]);
  const seen = (list: { id: string }[], base: PropertyKey[]) => {
    const ids = new Set<string>();
    list.forEach((x, i) => {
      if (ids.has(x.id)) add([...base, i, 'id'], 'duplicate-id', x.id);
      ids.add(x.id);
    });
  };
  seen(pack.scenarios, ['scenarios']);
  seen(pack.personas, ['personas']);
  seen(pack.techniques, ['techniques']);
  seen(pack.legalNotes, ['legalNotes']);
  seen(pack.stages, ['stages']);
  // A checklist item is ticked by its id (the call's checklist is one map): unique across all stages.
  const itemIds = new Set<string>();
  pack.stages.forEach((st, i) =>
    st.checklist.forEach((c, j) => {
      if (itemIds.has(c.id)) add(['stages', i, 'checklist', j, 'id'], 'duplicate-id', c.id);
      itemIds.add(c.id);
    }),
  );
  const scriptIds = new Set<string>();
  const checkScript = (s: Pack['stageScripts'][number], base: PropertyKey[]) => {
    if (scriptIds.has(s.id)) add([...base, 'id'], 'duplicate-id', s.id);
    scriptIds.add(s.id);
    s.techniques.forEach((t, k) => {
      if (!knownTechnique(t)) add([...base, 'techniques', k], 'unknown-technique', t);
    });
    s.personas.forEach((p, k) => {
      if (!personas.has(p)) add([...base, 'personas', k], 'unknown-persona', p);
    });
  };
  let total = 0;
  pack.scenarios.forEach((sc, i) => {
    total += sc.examples.length;
    sc.scripts.forEach((s, j) => checkScript(s, ['scenarios', i, 'scripts', j]));
    sc.techniques.forEach((t, k) => {
      if (!knownTechnique(t)) add(['scenarios', i, 'techniques', k], 'unknown-technique', t);
    });
  });
  pack.stageScripts.forEach((s, j) => checkScript(s, ['stageScripts', j]));
  if (total > PACK_LIMITS.examplesTotal) add(['scenarios'], 'too-many-examples', String(PACK_LIMITS.examplesTotal));
}

/** The site adapters' URL patterns (globs only) and selectors. */
function checkSiteAdapters(pack: Pack, locale: Locale, add: (path: PropertyKey[], code: string, detail?: string) => void): void {
  pack.siteAdapters.forEach((a, i) => {
    for (const issue of checkAdapter(a)) {
      const path = ['siteAdapters', i, ...issue.path.split('.')];
      if (issue.code) add(path, issue.code, JSON.stringify(a.urlPattern.slice(0, 120)));
      else add(path, 'bad-adapter', locale === 'en' ? issue.en : locale === 'zh-TW' ? (issue.zhTW ?? issue.zh) : issue.zh);
    }
  });
}

export interface ValidateOptions {
  /**
   * Packs this one is installed beside (the default pack first): what any of them prohibits,
   * this pack may neither use nor re-rate.
   */
  prohibitedBy?: readonly Pick<Pack, 'techniques'>[];
  /** Run the compliance lint over every script (default). Off only for the bundled default pack, which its tests lint. */
  lint?: boolean;
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: unknown;
  keys?: string[];
  values?: unknown[];
}

function issueToError(issue: ZodIssueLike): [string, string] {
  const msg = issue.message;
  if (msg.startsWith('unknown-variable:')) return ['unknown-variable', msg.slice('unknown-variable:'.length)];
  if (MESSAGES[msg] && msg !== 'invalid') return [msg, ''];
  switch (issue.code) {
    case 'invalid_type':
      return ['wrong-type', String(issue.expected ?? '')];
    case 'unrecognized_keys':
      return ['unknown-key', (issue.keys ?? []).join(', ')];
    case 'invalid_value':
      return ['bad-value', (issue.values ?? []).map(String).join(' | ')];
    case 'too_big':
      return ['too-long', ''];
    case 'too_small':
      return ['too-short', ''];
    default:
      return ['invalid', msg];
  }
}

/** Validate a pack given as JSON text or as an already-parsed value. */
export function validatePack(input: unknown, locale: Locale = 'zh-CN', opts: ValidateOptions = {}): ValidationResult {
  const errors: PackError[] = [];
  const add = (path: PropertyKey[], code: string, detail = '') =>
    errors.push({ path: formatPath(path), code, message: errorMessage(code, detail, locale) });
  let value = input;
  if (typeof input === 'string') {
    const bytes = new TextEncoder().encode(input).length;
    if (bytes > PACK_LIMITS.fileBytes) {
      add([], 'file-too-large', `${PACK_LIMITS.fileBytes / 1024 / 1024} MB`);
      return { ok: false, errors };
    }
    try {
      value = JSON.parse(input);
    } catch (e) {
      add([], 'json', e instanceof Error ? e.message : String(e));
      return { ok: false, errors };
    }
  }
  scanRaw(value, add);
  if (errors.length) return { ok: false, errors };
  const parsed = packSchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 200)) {
      const [code, detail] = issueToError(issue as unknown as ZodIssueLike);
      add(issue.path, code, detail);
    }
    return { ok: false, errors };
  }
  checkReferences(parsed.data, add);
  checkSiteAdapters(parsed.data, locale, add);
  checkTactics(parsed.data, prohibitedTechniqueIds([parsed.data, ...(opts.prohibitedBy ?? [])]), add);
  if (opts.lint !== false) lintPackScripts(parsed.data, locale, add);
  return errors.length ? { ok: false, errors } : { ok: true, pack: parsed.data };
}

/**
 * A validated pack against the packs it will be installed beside: what any of them prohibits
 * (the default pack's `offensive`, `good-cop-bad-cop`…) it may neither use nor re-rate.
 */
export function checkAgainstPacks(pack: Pack, others: readonly Pick<Pack, 'techniques'>[], locale: Locale = 'zh-CN'): PackError[] {
  const errors: PackError[] = [];
  checkTactics(pack, prohibitedTechniqueIds([pack, ...others]), (path, code, detail = '') =>
    errors.push({ path: formatPath(path), code, message: errorMessage(code, detail, locale) }),
  );
  return errors;
}
