// The adapter form's state and its conversion to a SiteAdapter. Validation reuses the import
// path (schema + checkAdapter), so what the form saves is exactly what an import would accept.
import type { Locale, Translate, MessageKey } from '@/lib/i18n';
import { importAdapters, newAdapterId, type AdapterIssue, type SiteAdapter } from '@/lib/extract/adapters';
import { FIELD_NAMES, type FieldName } from '@/lib/extract/types';

export interface RuleDraft {
  selector: string;
  label: string;
}

export interface AdapterDraft {
  id: string;
  name: string;
  urlPattern: string;
  fields: Record<FieldName, RuleDraft>;
  isNew: boolean;
}

export const MAX_SELECTOR = 500;
export const MAX_LABEL = 80;

const emptyFields = () => Object.fromEntries(FIELD_NAMES.map((f) => [f, { selector: '', label: '' }])) as Record<FieldName, RuleDraft>;

export function newDraft(urlPattern = ''): AdapterDraft {
  return { id: newAdapterId(), name: '', urlPattern, fields: emptyFields(), isNew: true };
}

export function draftFromAdapter(a: SiteAdapter): AdapterDraft {
  const fields = emptyFields();
  for (const f of FIELD_NAMES) fields[f] = { selector: a.fields[f]?.selector ?? '', label: a.fields[f]?.label ?? '' };
  return { id: a.id, name: a.name ?? '', urlPattern: a.urlPattern, fields, isNew: false };
}

export function adapterFromDraft(d: AdapterDraft, now = Date.now()): SiteAdapter {
  const fields: SiteAdapter['fields'] = {};
  for (const f of FIELD_NAMES) {
    const selector = d.fields[f].selector.trim();
    const label = d.fields[f].label.trim();
    if (selector || label) fields[f] = { ...(selector ? { selector } : {}), ...(label ? { label } : {}) };
  }
  return { id: d.id, ...(d.name.trim() ? { name: d.name.trim() } : {}), urlPattern: d.urlPattern.trim(), fields, updatedAt: now };
}

/** Problems of one adapter, paths relative to it ("urlPattern", "fields.name.selector"). */
export function validateDraft(d: AdapterDraft): { ok: true; adapter: SiteAdapter } | { ok: false; issues: AdapterIssue[] } {
  const adapter = adapterFromDraft(d);
  if (!adapter.urlPattern) return { ok: false, issues: [{ path: 'urlPattern', zh: '请填写网址模式', en: 'Enter a URL pattern' }] };
  const r = importAdapters([adapter]);
  if (r.ok) return { ok: true, adapter };
  return { ok: false, issues: r.issues.map((i) => ({ ...i, path: i.path.replace(/^adapters\[0\]\.?/, '') })) };
}

/** An issue in the UI language: known paths get our own wording, others the library's zh/en text. */
export function issueText(issue: AdapterIssue, t: Translate, locale: Locale): string {
  const sel = /(?:^|\.)fields\.(\w+)\.selector$/.exec(issue.path);
  if (sel && /selector/i.test(issue.en) && /Invalid CSS/.test(issue.en))
    return t('adapters.invalidSelector', { field: t(`field.${sel[1]}` as MessageKey) });
  // Every refused pattern (a regular expression included) gets the UI-language text, which says globs only.
  if (/(?:^|\.)urlPattern$/.test(issue.path) && (issue.code?.startsWith('url-pattern-') || /Enter a URL/.test(issue.en))) return t('adapters.invalidPattern');
  if (/(?:^|\.)fields$/.test(issue.path) && /at least one/.test(issue.en)) return t('adapters.noFields');
  // zod reports an unknown field name inside `fields` only as "Invalid input": name the valid ones.
  if (/(?:^|\.)fields$/.test(issue.path) && /Invalid input$|Unrecognized key/.test(issue.en)) {
    const unknown = /Unrecognized keys?: (.+)$/.exec(issue.en)?.[1];
    return `${unknown ? `${unknown} — ` : ''}${t('adapters.badFieldNames', { fields: FIELD_NAMES.join(', ') })}`;
  }
  return locale === 'en' ? issue.en : issue.zh;
}
