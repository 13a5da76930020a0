// Search across every situation and script (Chinese, pinyin incl. initials, English). A search
// for a prohibited tactic explains why it is unlawful and what to do instead.
import { useEffect, useMemo, useState } from 'react';
import { explainProhibitedSearch } from '@/lib/compliance';
import type { MergedPack } from '@/lib/packs/merge';
import { fillToString, type VariableValues } from '@/lib/packs/variables';
import type { SearchHit, SearchIndex } from '@/lib/suggest/search';
import { useAppEnv } from './AppContext';
import { ProhibitedTacticResult } from './ProhibitedTacticResult';

/** `vars`: the debtor's values, so a preview reads as the card will (a missing value is a blank ＿＿＿, never `{name}`). */
export function ScriptSearch({ pack, vars, onPick }: { pack: MergedPack; vars: VariableValues; onPick: (scenarioId: string) => void }) {
  const { t, locale } = useAppEnv();
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState<SearchIndex | null>(null);
  useEffect(() => setIndex(null), [pack]);
  useEffect(() => {
    if (!query.trim() || index) return;
    let alive = true;
    // pinyin-pro is large: loaded on the first search, not with the panel.
    void import('@/lib/suggest/search').then((m) => m.loadSearchIndex(pack)).then((i) => alive && setIndex(i));
    return () => {
      alive = false;
    };
  }, [query, index, pack]);
  const hits: SearchHit[] = useMemo(() => (index && query.trim() ? index.search(query, 8) : []), [index, query]);
  const tactics = useMemo(() => (query.trim().length >= 2 ? explainProhibitedSearch(query) : []), [query]);
  const preview = (h: SearchHit) => {
    const raw = pack.scenarios.find((s) => s.id === h.scenarioId)?.scripts.find((s) => s.id === h.scriptId)?.text ?? '';
    const filled = fillToString(raw, vars, locale);
    return filled.length > 60 ? `${filled.slice(0, 60)}…` : filled;
  };

  return (
    <section className="card search">
      <input
        type="search"
        data-testid="script-search"
        aria-label={t('utter.search')}
        placeholder={t('utter.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {tactics.map((tac) => (
        <ProhibitedTacticResult key={tac.id} tactic={tac} />
      ))}
      {query.trim() && index && (
        <ul className="search-results" aria-label={t('utter.searchResults')} data-testid="search-results">
          {hits.length === 0 && <li className="hint">{t('utter.noResults')}</li>}
          {hits.map((h) => (
            <li key={`${h.kind}:${h.scriptId ?? h.scenarioId}`}>
              <button type="button" className="link" onClick={() => onPick(h.scenarioId)} data-scenario={h.scenarioId}>
                <strong>{h.title}</strong>
                {h.kind === 'script' && <span className="hint" data-testid="search-preview"> — {preview(h)}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
