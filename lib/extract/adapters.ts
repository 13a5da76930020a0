// Per-site adapters: a supervisor's fix for the rare page the heuristics misread. An adapter
// maps fields to a CSS selector or a label text for URLs matching a pattern; it always wins
// over heuristics. Pure logic (schema, URL match, import/export); no storage, no UI.
import * as z from 'zod/mini';
import { FIELD_NAMES } from './types';
import { patternToRegExp, type SiteAdapter } from './adapter-match';

export * from './adapter-match';

const MAX = 500;
const ruleSchema = z
  .object({
    selector: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX))),
    label: z.optional(z.string().check(z.minLength(1), z.maxLength(80))),
  })
  .check(z.refine((r) => Boolean(r.selector || r.label), 'selector or label required'));

export const siteAdapterSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.optional(z.string().check(z.maxLength(200))),
  urlPattern: z.string().check(z.minLength(1), z.maxLength(MAX)),
  fields: z.partialRecord(z.enum(FIELD_NAMES), ruleSchema),
  updatedAt: z.optional(z.number()),
});

export const adapterFileSchema = z.object({
  format: z.literal('daihou-adapters'),
  version: z.literal(1),
  adapters: z.array(siteAdapterSchema).check(z.maxLength(1000)),
});

export interface AdapterIssue {
  /** Where: "adapters[2].urlPattern". */
  path: string;
  zh: string;
  en: string;
}

function selectorIsValid(sel: string): boolean {
  const doc = (globalThis as { document?: Document }).document;
  for (const part of sel.split('>>>')) {
    const s = part.trim();
    if (!s) return false;
    if (doc) {
      try {
        doc.createDocumentFragment().querySelector(s);
      } catch {
        return false;
      }
    }
  }
  return true;
}

/** Checks beyond the schema: pattern compiles, selectors parse. */
export function checkAdapter(a: SiteAdapter, at = ''): AdapterIssue[] {
  const issues: AdapterIssue[] = [];
  if (!patternToRegExp(a.urlPattern))
    issues.push({ path: `${at}urlPattern`, zh: `网址模式无效：${a.urlPattern}`, en: `Invalid URL pattern: ${a.urlPattern}` });
  for (const [field, rule] of Object.entries(a.fields)) {
    if (rule?.selector && !selectorIsValid(rule.selector))
      issues.push({
        path: `${at}fields.${field}.selector`,
        zh: `字段 ${field} 的 CSS 选择器无效：${rule.selector}`,
        en: `Invalid CSS selector for ${field}: ${rule.selector}`,
      });
  }
  if (!Object.keys(a.fields).length)
    issues.push({ path: `${at}fields`, zh: '适配器至少要映射一个字段', en: 'An adapter must map at least one field' });
  return issues;
}

export function exportAdapters(adapters: readonly SiteAdapter[]): string {
  return JSON.stringify({ format: 'daihou-adapters', version: 1, adapters }, null, 2);
}

export type ImportResult = { ok: true; adapters: SiteAdapter[] } | { ok: false; issues: AdapterIssue[] };

function zodIssues(error: z.core.$ZodError, prefix: string): AdapterIssue[] {
  return error.issues.slice(0, 20).map((i) => {
    const path = prefix + i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    const field = String(i.path[i.path.length - 1] ?? '');
    if (i.code === 'invalid_key' || (i.code === 'invalid_value' && i.path.includes('fields')))
      return { path, zh: `未知字段：${field}`, en: `Unknown field: ${field}` };
    if (i.code === 'invalid_type')
      return { path, zh: `${path || '内容'} 类型不对（应为 ${i.expected}）`, en: `${path || 'content'} has the wrong type (expected ${i.expected})` };
    return { path, zh: `${path || '内容'} 无效：${i.message}`, en: `${path || 'content'} is invalid: ${i.message}` };
  });
}

/**
 * Read adapters from exported JSON (the file above, a bare array, or one adapter). Every
 * problem is reported in Chinese and English; nothing is imported unless all are valid.
 */
export function importAdapters(input: string | unknown): ImportResult {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      return { ok: false, issues: [{ path: '', zh: `不是有效的 JSON：${msg}`, en: `Not valid JSON: ${msg}` }] };
    }
  }
  let list: unknown;
  if (Array.isArray(data)) list = data;
  else if (data && typeof data === 'object' && 'adapters' in data) {
    const file = adapterFileSchema.safeParse(data);
    if (!file.success) return { ok: false, issues: zodIssues(file.error, '') };
    list = file.data.adapters;
  } else if (data && typeof data === 'object' && 'urlPattern' in data) list = [data];
  else
    return {
      ok: false,
      issues: [{ path: '', zh: '文件中没有适配器（需要 daihou-adapters 格式）', en: 'No adapters in this file (expected the daihou-adapters format)' }],
    };
  const parsed = z.array(siteAdapterSchema).safeParse(list);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error, 'adapters') };
  const adapters = parsed.data as SiteAdapter[];
  const issues = adapters.flatMap((a, i) => checkAdapter(a, `adapters[${i}].`));
  const ids = new Set<string>();
  adapters.forEach((a, i) => {
    if (ids.has(a.id)) issues.push({ path: `adapters[${i}].id`, zh: `适配器 id 重复：${a.id}`, en: `Duplicate adapter id: ${a.id}` });
    ids.add(a.id);
  });
  return issues.length ? { ok: false, issues } : { ok: true, adapters };
}

/** Add or replace adapters by id (imported ones win). */
export function mergeAdapters(existing: readonly SiteAdapter[], incoming: readonly SiteAdapter[]): SiteAdapter[] {
  const byId = new Map(existing.map((a) => [a.id, a]));
  for (const a of incoming) byId.set(a.id, a);
  return [...byId.values()];
}

/** A fresh adapter id for the options page. */
export function newAdapterId(): string {
  return `adapter-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}
