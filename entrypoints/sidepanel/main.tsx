import { createRoot } from 'react-dom/client';
import { loadStartLocale } from '@/lib/i18n/start';
import '@/components/shared/base.css';

// Only the active locale's table is loaded before the first render (no flash of keys), and the
// panel's code loads beside it rather than before it: the settings read and the table's fetch
// overlap the module graph (bench/chromium/foundation.bench.ts, panel first render).
const app = import('@/components/panel/SidePanelApp');
void Promise.all([loadStartLocale(), app]).then(([, { SidePanelApp }]) => createRoot(document.getElementById('root')!).render(<SidePanelApp />));
