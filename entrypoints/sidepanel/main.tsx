import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '@/components/SidePanelApp';
import { loadStartLocale } from '@/lib/i18n/start';
import '@/components/panel.css';

// Only the active locale's table is loaded, before the first render: no flash of keys.
void loadStartLocale().then(() => createRoot(document.getElementById('root')!).render(<SidePanelApp />));
