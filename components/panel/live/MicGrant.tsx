// The one-time microphone grant, in an extension page opened as a tab (a side panel cannot show
// the browser's prompt). The stream is stopped at once: this page only asks.
import { useMemo, useState } from 'react';
import { translator, type Locale } from '@/lib/i18n';

export function MicGrant({ locale }: { locale: Locale }) {
  const t = useMemo(() => translator(locale), [locale]);
  const [state, setState] = useState<'ask' | 'granted' | 'denied'>('ask');
  const ask = async () => {
    try {
      const s = await navigator.mediaDevices.getUserMedia({ audio: true });
      for (const track of s.getTracks()) track.stop();
      setState('granted');
    } catch {
      setState('denied');
    }
  };
  return (
    <main className="panel" lang={locale} style={{ maxWidth: 560, margin: '2rem auto' }}>
      <h1>{t('micGrant.title')}</h1>
      <p>{t('micGrant.why')}</p>
      {state !== 'granted' && (
        <button type="button" className="primary" data-testid="mic-grant" onClick={() => void ask()}>
          {t('micGrant.button')}
        </button>
      )}
      <p role="status" data-testid="mic-grant-state" data-state={state}>
        {state === 'granted' ? t('micGrant.granted') : state === 'denied' ? t('micGrant.denied') : ''}
      </p>
    </main>
  );
}
