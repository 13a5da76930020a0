import { createRoot } from 'react-dom/client';
import { MicGrant } from '@/components/panel/live/MicGrant';
import { loadStartLocale } from '@/lib/i18n/start';
import '@/components/shared/base.css';

// Opened in a tab from the panel: side panels cannot show the microphone prompt, a tab can.
void loadStartLocale().then((locale) => createRoot(document.getElementById('root')!).render(<MicGrant locale={locale} />));
