// For a zh-TW panel: the Simplified → Traditional converter, loaded on first use.
import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { loadToTraditional, type Convert } from '@/lib/text/traditional';

export function useTraditional(locale: Locale): Convert | null {
  const [convert, setConvert] = useState<Convert | null>(null);
  useEffect(() => {
    if (locale !== 'zh-TW') return setConvert(null);
    let alive = true;
    void loadToTraditional().then((c) => alive && setConvert(() => c));
    return () => {
      alive = false;
    };
  }, [locale]);
  return convert;
}
