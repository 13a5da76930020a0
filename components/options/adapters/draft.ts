// The adapter form's state and its conversion to a SiteAdapter. Validation reuses the import
// path (schema + checkAdapter), so what the form saves is exactly what an import would accept.
import type { Locale, Translate, MessageKey } from '@/lib/i18n';
import { importAdapters, newAdapterId, type AdapterIssue, type SiteAdapter } from '@/lib/extract/adapters';
import { FIELD_NAMES, type FieldName } from '@/lib/extract/types';
import { TRANSCRIPT_LABEL_KEYS, TRANSCRIPT_SELECTOR_KEYS } from '@/lib/live/transcript/rule';

export interface RuleDraft {
  selector: string;
  label: string;
}

/** The transcript area part, as typed (empty strings: not set). */
export type TranscriptDraft = Record<(typeof TRANSCRIPT_SELECTOR_KEYS)[number] | (typeof TRANSCRIPT_LABEL_KEYS)[number], string>;
export const TRANSCRIPT_KEYS = [...TRANSCRIPT_SELECTOR_KEYS, ...TRANSCRIPT_LABEL_KEYS] as const;

export interface AdapterDraft {
  id: string;
  name: string;
  urlPattern: string;
  fields: Record<FieldName, RuleDraft>;
  transcript: TranscriptDraft;
  isNew: boolean;
}

const emptyTranscript = (): TranscriptDraft => Object.fromEntries(TRANSCRIPT_KEYS.map((k) => [k, ''])) as TranscriptDraft;

export const MAX_SELECTOR = 500;
export const MAX_LABEL = 80;

const emptyFields = () => Object.fromEntries(FIELD_NAMES.map((f) => [f, { selector: '', label: '' }])) as Record<FieldName, RuleDraft>;

export function newDraft(urlPattern = ''): AdapterDraft {
  return { id: newAdapterId(), name: '', urlPattern, fields: emptyFields(), transcript: emptyTranscript(), isNew: true };
}

export function draftFromAdapter(a: SiteAdapter): AdapterDraft {
  const fields = emptyFields();
  for (const f of FIELD_NAMES) fields[f] = { selector: a.fields[f]?.selector ?? '', label: a.fields[f]?.label ?? '' };
  const transcript = emptyTranscript();
  for (const k of TRANSCRIPT_KEYS) transcript[k] = a.transcript?.[k] ?? '';
  return { id: a.id, name: a.name ?? '', urlPattern: a.urlPattern, fields, transcript, isNew: false };
}

export function adapterFromDraft(d: AdapterDraft, now = Date.now()): SiteAdapter {
  const fields: SiteAdapter['fields'] = {};
  for (const f of FIELD_NAMES) {
    const selector = d.fields[f].selector.trim();
    const label = d.fields[f].label.trim();
    if (selector || label) fields[f] = { ...(selector ? { selector } : {}), ...(label ? { label } : {}) };
  }
  const transcript: Partial<TranscriptDraft> = {};
  for (const k of TRANSCRIPT_KEYS) if (d.transcript[k].trim()) transcript[k] = d.transcript[k].trim();
  return {
    id: d.id,
    ...(d.name.trim() ? { name: d.name.trim() } : {}),
    urlPattern: d.urlPattern.trim(),
    fields,
    // Only the other transcript settings, no area: kept as is, so validation names the missing area.
    ...(Object.keys(transcript).length ? { transcript: transcript as SiteAdapter['transcript'] & object } : {}),
    updatedAt: now,
  };
}

/** Problems of one adapter, paths relative to it ("urlPattern", "fields.name.selector"). */
export function validateDraft(d: AdapterDraft): { ok: true; adapter: SiteAdapter } | { ok: false; issues: AdapterIssue[] } {
  const adapter = adapterFromDraft(d);
  if (!adapter.urlPattern) return { ok: false, issues: [{ path: 'urlPattern', zh: '请填写网址模式', en: 'Enter a URL pattern' }] };
  if (adapter.transcript && !adapter.transcript.container)
    return { ok: false, issues: [{ path: 'transcript.container', zh: '请填写转写区域选择器', en: 'Enter the transcript area selector' }] };
  const r = importAdapters([adapter]);
  if (r.ok) return { ok: true, adapter };
  return { ok: false, issues: r.issues.map((i) => ({ ...i, path: i.path.replace(/^adapters\[0\]\.?/, '') })) };
}

/** An issue in the UI language: known paths get our own wording, others the library's zh/en text. */
export function issueText(issue: AdapterIssue, t: Translate, locale: Locale): string {
  const part = /(?:^|\.)transcript\.(\w+)$/.exec(issue.path)?.[1];
  if (part && (TRANSCRIPT_KEYS as readonly string[]).includes(part)) {
    const name = t(`adapters.transcript.${part}` as MessageKey);
    if (/Enter the transcript area/.test(issue.en)) return t('adapters.transcript.needsContainer');
    if ((TRANSCRIPT_LABEL_KEYS as readonly string[]).includes(part)) return t('adapters.transcript.invalidLabel', { part: name });
    if (/selector/i.test(issue.en)) return t('adapters.transcript.invalidSelector', { part: name });
    return locale === 'en' ? issue.en : locale === 'zh-TW' ? (issue.zhTW ?? issue.zh) : issue.zh;
  }
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
