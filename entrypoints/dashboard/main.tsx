import { createRoot } from 'react-dom/client';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { loadStartLocale } from '@/lib/i18n/start';
import '@/components/shared/base.css';
import '@/components/dashboard/dashboard.css';

// The team dashboard (an extension page opened from Options → Data). The chart library is loaded
// here only: no other page imports components/dashboard.
void loadStartLocale().then(() => createRoot(document.getElementById('root')!).render(<DashboardApp />));
