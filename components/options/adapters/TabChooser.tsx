// Which open tab "pick on page" works in: http(s) tabs only, the most recently used first.
import type { Translate } from '@/lib/i18n';
import type { CrmTab } from './pick';

interface Props {
  tabs: CrmTab[];
  tabId: number | null;
  onChange: (id: number) => void;
  onRefresh: () => void;
  onUseSite: (url: string) => void;
  t: Translate;
}

export function TabChooser({ tabs, tabId, onChange, onRefresh, onUseSite, t }: Props) {
  const chosen = tabs.find((x) => x.id === tabId);
  return (
    <div className="row wrap">
      <label htmlFor="adapter-crm-tab">{t('adapters.crmTab')}</label>
      {tabs.length ? (
        <select id="adapter-crm-tab" data-testid="adapter-crm-tab" value={tabId ?? ''} onChange={(e) => onChange(Number(e.target.value))}>
          {tabs.map((tab) => (
            <option key={tab.id} value={tab.id}>
              {tab.title.slice(0, 60)} — {tab.url.slice(0, 80)}
            </option>
          ))}
        </select>
      ) : (
        <span className="hint" id="adapter-crm-tab">
          {t('adapters.noTabs')}
        </span>
      )}
      <button type="button" onClick={onRefresh}>
        {t('adapters.refreshTabs')}
      </button>
      {chosen && (
        <button type="button" onClick={() => onUseSite(chosen.url)}>
          {t('adapters.useTabSite')}
        </button>
      )}
    </div>
  );
}
