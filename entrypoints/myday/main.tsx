import { createRoot } from 'react-dom/client';
import { MyDayPage } from '@/components/myday/MyDayPage';
import { loadStartLocale } from '@/lib/i18n/start';
import '@/components/shared/base.css';

// Only the active locale's table is loaded, before the first render: no flash of keys.
void loadStartLocale().then(() => createRoot(document.getElementById('root')!).render(<MyDayPage />));
