// Options → Site adapters: a supervisor's per-site fix for the rare page the heuristics misread
// (URL pattern → per field a CSS selector or a label text). Adapters win over heuristics.
import { useCallback, useEffect, useState } from 'react';
import type { Locale, MessageKey, Translate } from '@/lib/i18n';
import type { SiteAdapter } from '@/lib/extract/adapters';
import { loadSiteAdapters, saveSiteAdapters, watchSiteAdapters } from '@/lib/extract/adapter-store';
import type { FieldName } from '@/lib/extract/types';
import { AdapterEditor } from './adapters/AdapterEditor';
import { AdapterTransfer } from './adapters/AdapterTransfer';
import { draftFromAdapter, newDraft, type AdapterDraft } from './adapters/draft';
import './options-extra.css';
import { StatusLine } from './policy/PolicyField';
import { useSaveStatus } from './policy/useSaveStatus';

interface Props {
  t: Translate;
  locale: Locale;
}

export function AdaptersSection({ t, locale }: Props) {
  const failedWith = useCallback((e: unknown) => t('adapters.saveFailed', { message: e instanceof Error ? e.message : String(e) }), [t]);
  const [adapters, setAdapters] = useState<SiteAdapter[] | null>(null);
  const [editing, setEditing] = useState<AdapterDraft | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const status = useSaveStatus(locale, t, failedWith);

  useEffect(() => {
    void loadSiteAdapters().then(setAdapters);
    return watchSiteAdapters(setAdapters);
  }, []);

  const store = async (next: SiteAdapter[]) => {
    await saveSiteAdapters(next);
    setAdapters(next);
  };
  const saveOne = async (a: SiteAdapter) => {
    const list = adapters ?? [];
    await store(list.some((x) => x.id === a.id) ? list.map((x) => (x.id === a.id ? a : x)) : [...list, a]);
    setEditing(null);
    status.done(t('adapters.saved', { pattern: a.urlPattern }));
  };
  const remove = async (id: string) => {
    setConfirmDelete(null);
    await status.run(() => store((adapters ?? []).filter((a) => a.id !== id)));
  };
  const fieldsOf = (a: SiteAdapter) =>
    Object.keys(a.fields)
      .map((f) => t(`field.${f as FieldName}` as MessageKey))
      .join('、');

  return (
    <section className="card options-section" id="adapters" aria-labelledby="adapters-title" data-testid="adapters-section">
      <h2 id="adapters-title">{t('adapters.title')}</h2>
      <p className="hint">{t('adapters.help')}</p>
      {adapters === null ? (
        <p className="hint">{t('loading')}</p>
      ) : adapters.length === 0 ? (
        <p className="hint" data-testid="adapters-empty">
          {t('adapters.empty')}
        </p>
      ) : (
        <ul className="plain-list" data-testid="adapters-list">
          {adapters.map((a) => (
            <li key={a.id} data-testid="adapter-entry" data-adapter-id={a.id}>
              <div>
                <strong>{a.name || a.urlPattern}</strong> {a.name && <code>{a.urlPattern}</code>}
              </div>
              <div className="hint">{t('adapters.mapped', { fields: fieldsOf(a) })}</div>
              {a.transcript && <div className="hint">{t('adapters.transcript.mapped', { selector: a.transcript.container })}</div>}
              <div className="row">
                <button type="button" onClick={() => setEditing(draftFromAdapter(a))} aria-label={`${t('adapters.edit')} · ${a.name || a.urlPattern}`}>
                  {t('adapters.edit')}
                </button>
                {confirmDelete === a.id ? (
                  <>
                    <button type="button" className="danger" onClick={() => void remove(a.id)}>
                      {t('adapters.confirmDelete')}
                    </button>
                    <button type="button" onClick={() => setConfirmDelete(null)}>
                      {t('adapters.cancel')}
                    </button>
                  </>
                ) : (
                  <button type="button" onClick={() => setConfirmDelete(a.id)} aria-label={`${t('adapters.delete')} · ${a.name || a.urlPattern}`}>
                    {t('adapters.delete')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <StatusLine status={status} testId="adapters-message" />
      {editing ? (
        <AdapterEditor key={editing.id} initial={editing} onSave={saveOne} onCancel={() => setEditing(null)} t={t} locale={locale} />
      ) : (
        <button
          type="button"
          className="primary"
          data-testid="adapter-add"
          onClick={() => {
            status.clear();
            setEditing(newDraft());
          }}
        >
          {t('adapters.add')}
        </button>
      )}
      {adapters && <AdapterTransfer adapters={adapters} save={store} t={t} locale={locale} />}
    </section>
  );
}
