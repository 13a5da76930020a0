// Add or edit one site adapter: URL pattern, then per field a selector or a label text. The form
// keeps everything typed when validation or saving fails; nothing is stored until it is valid.
import { useRef, useState } from 'react';
import type { Locale, MessageKey, Translate } from '@/lib/i18n';
import type { AdapterIssue, SiteAdapter } from '@/lib/extract/adapters';
import type { FieldName } from '@/lib/extract/types';
import { issueText, validateDraft, type AdapterDraft, type RuleDraft } from './draft';
import { FieldRulesTable, PickStatusLine } from './FieldRulesTable';
import { TabChooser } from './TabChooser';
import { TranscriptRulePart } from './TranscriptRulePart';
import { usePicker } from './usePicker';

interface Props {
  initial: AdapterDraft;
  onSave: (adapter: SiteAdapter) => Promise<void>;
  onCancel: () => void;
  t: Translate;
  locale: Locale;
}

export function AdapterEditor({ initial, onSave, onCancel, t, locale }: Props) {
  const [draft, setDraft] = useState(initial);
  const [issues, setIssues] = useState<AdapterIssue[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const picker = usePicker();
  const errorsRef = useRef<HTMLDivElement>(null);

  const setRule = (f: FieldName, rule: RuleDraft) => setDraft((d) => ({ ...d, fields: { ...d.fields, [f]: rule } }));
  const pick = async (f: FieldName) => {
    const got = await picker.pick(f, t(`field.${f}` as MessageKey));
    if (got) setDraft((d) => ({ ...d, fields: { ...d.fields, [f]: { ...d.fields[f], selector: got.chain } } }));
  };
  const pickTranscript = async () => {
    const got = await picker.pick('transcript', t('adapters.transcript.title'));
    if (got) setDraft((d) => ({ ...d, transcript: { ...d.transcript, container: got.chain } }));
  };
  const useSite = (url: string) => {
    try {
      setDraft((d) => ({ ...d, urlPattern: `${new URL(url).origin}/*` }));
    } catch {
      /* a listed tab always has a valid URL */
    }
  };

  const save = async () => {
    setSaveError(null);
    const r = validateDraft(draft);
    if (!r.ok) {
      setIssues(r.issues);
      queueMicrotask(() => errorsRef.current?.focus());
      return;
    }
    setIssues([]);
    setSaving(true);
    try {
      await onSave(r.adapter);
    } catch (e) {
      setSaveError(t('adapters.saveFailed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setSaving(false);
    }
  };

  const patternBad = issues.some((i) => i.path === 'urlPattern');
  return (
    <form
      className="adapter-editor"
      data-testid="adapter-editor"
      aria-labelledby="adapter-editor-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id="adapter-editor-title">{draft.isNew ? t('adapters.addTitle') : t('adapters.editTitle')}</h3>
      <label className="stack">
        {t('adapters.urlPattern')}
        <input
          data-testid="adapter-url-pattern"
          value={draft.urlPattern}
          maxLength={500}
          spellCheck={false}
          aria-invalid={patternBad || undefined}
          aria-describedby="adapter-pattern-help"
          placeholder="https://crm.example-bank.cn/case/*"
          onChange={(e) => setDraft((d) => ({ ...d, urlPattern: e.target.value }))}
        />
      </label>
      <p className="hint" id="adapter-pattern-help">
        {t('adapters.urlPatternHelp')}
      </p>
      <label className="stack">
        {t('adapters.name')}
        <input data-testid="adapter-name" value={draft.name} maxLength={200} onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))} />
      </label>
      <TabChooser
        tabs={picker.tabs}
        tabId={picker.tabId}
        onChange={picker.setTabId}
        onRefresh={() => void picker.refresh()}
        onUseSite={useSite}
        t={t}
      />
      <PickStatusLine status={picker.status} t={t} />
      <FieldRulesTable fields={draft.fields} onChange={setRule} onPick={(f) => void pick(f)} status={picker.status} issues={issues} t={t} />
      <TranscriptRulePart
        value={draft.transcript}
        onChange={(transcript) => setDraft((d) => ({ ...d, transcript }))}
        onPick={() => void pickTranscript()}
        status={picker.status}
        issues={issues}
        t={t}
      />
      {issues.length > 0 && (
        <div className="error-box" role="alert" tabIndex={-1} ref={errorsRef} data-testid="adapter-issues">
          <p>{t('adapters.fixFirst')}</p>
          <ul>
            {issues.map((i, n) => (
              <li key={n}>
                {i.path && <code>{i.path}</code>} {issueText(i, t, locale)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {saveError && (
        <p className="error" role="alert">
          {saveError}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" data-testid="adapter-save" disabled={saving}>
          {t('adapters.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('adapters.cancel')}
        </button>
      </div>
    </form>
  );
}
