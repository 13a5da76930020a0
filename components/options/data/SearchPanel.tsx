// Search across all notes and debtors (Chinese text, name, account as shown).
import { useState } from 'react';
import { search, searchDebtorsByName, type SearchResult } from '@/lib/db';
import { loadPinyin, nameMatchesPinyin, PINYIN_QUERY } from '@/lib/suggest/search';
import type { Locale, Translate } from '@/lib/i18n';
import { debtorLabel, errorText, formatWhen, safeUrl } from './format';

interface Props {
  t: Translate;
  locale: Locale;
}

/** A Latin query also finds debtors by the pinyin of their name ("zw" → 张伟), as script search does. */
async function withPinyinDebtors(q: string, found: SearchResult): Promise<SearchResult> {
  if (!PINYIN_QUERY.test(q)) return found;
  const toPinyin = await loadPinyin();
  const byName = await searchDebtorsByName((name) => nameMatchesPinyin(name, q, toPinyin));
  const seen = new Set(found.debtors.map((d) => d.key));
  return { ...found, debtors: [...found.debtors, ...byName.filter((d) => !seen.has(d.key))].slice(0, 50) };
}

const snippet = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max)}…` : text);

export function SearchPanel({ t, locale }: Props) {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ query: string; found: SearchResult } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    const q = query.trim();
    if (!q) return;
    setBusy(true);
    setError(null);
    try {
      setResult({ query: q, found: await withPinyinDebtors(q, await search(q, { limit: 50 })) });
    } catch (e) {
      setError(errorText(e, locale, t));
    } finally {
      setBusy(false);
    }
  };

  const found = result?.found;
  return (
    <div className="data-block" data-testid="data-search">
      <h3>{t('data.searchTitle')}</h3>
      <form
        role="search"
        className="row wrap"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <label htmlFor="data-search-input">{t('data.searchLabel')}</label>
        <input id="data-search-input" type="search" value={query} maxLength={200} placeholder={t('data.searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
        <button type="submit" disabled={busy || !query.trim()}>
          {t('data.searchButton')}
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {found && (
        <div role="status" data-testid="data-search-results">
          <p className="hint">{t('data.searchCount', { query: result.query, debtors: found.debtors.length, notes: found.notes.length })}</p>
          {found.indexing && <p className="hint">{t('data.searchIndexing')}</p>}
          {found.debtors.length > 0 && (
            <>
              <h4>{t('data.searchDebtors')}</h4>
              <ul className="plain-list">
                {found.debtors.map((d) => {
                  const url = safeUrl(d.url);
                  return (
                    <li key={d.key}>
                      <strong>{debtorLabel(d.key, d)}</strong>{' '}
                      {url && (
                        <a href={url} target="_blank" rel="noopener noreferrer">
                          {t('data.openCrm')}
                        </a>
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          {(found.transcripts?.length ?? 0) > 0 && (
            <>
              <h4>{t('data.searchTranscripts')}</h4>
              <ul className="plain-list" data-testid="search-transcripts">
                {found.transcripts!.map(({ call, turn, debtor }) => (
                  <li key={call.id}>
                    <div className="hint">
                      {debtorLabel(call.debtorKey, debtor)} · {formatWhen(call.startedAt, locale)}
                    </div>
                    <div className="note-text">
                      {t(turn.speaker === 'debtor' ? 'live.debtor' : 'live.agent')}：{snippet(turn.text)}
                    </div>
                  </li>
                ))}
              </ul>
            </>
          )}
          {found.notes.length > 0 && (
            <>
              <h4>{t('data.searchNotes')}</h4>
              <ul className="plain-list">
                {found.notes.map(({ note, debtor }) => (
                  <li key={note.id}>
                    <div className="hint">
                      {debtorLabel(note.debtorKey, debtor)} · {formatWhen(note.createdAt, locale)}
                    </div>
                    <div className="note-text">{snippet(note.text)}</div>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
