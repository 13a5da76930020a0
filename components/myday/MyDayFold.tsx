// "我的今天 / My day", folded at the foot of the side panel. Nothing of it loads with the panel:
// its figures, the database and their styles come in a chunk of their own when first unfolded.
import { useState, type ComponentType } from 'react';
import { useAppEnv } from '../panel/AppContext';

type Body = ComponentType;
let loaded: Body | null = null;

export function MyDayFold() {
  const { t } = useAppEnv();
  const [body, setBody] = useState<Body | null>(() => loaded);
  const [open, setOpen] = useState(false);
  const onToggle = (e: React.SyntheticEvent<HTMLDetailsElement>) => {
    const isOpen = e.currentTarget.open;
    setOpen(isOpen);
    if (isOpen && !body) void import('./MyDayPanelBody').then((m) => setBody(() => (loaded = m.MyDayPanelBody)));
  };
  const Loaded = body;
  return (
    <details className="card myday-fold" data-testid="myday-fold" onToggle={onToggle}>
      <summary>{t('myday.title')}</summary>
      {open && (Loaded ? <Loaded /> : <p className="hint">{t('loading')}</p>)}
    </details>
  );
}
