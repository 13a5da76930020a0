// What every panel component may need: the connector to the browser and the translator.
import { createContext, useContext } from 'react';
import type { Connector } from '@/lib/connector';
import { translator, type Locale, type Translate } from '@/lib/i18n';

export interface AppEnv {
  connector: Connector;
  locale: Locale;
  t: Translate;
}

export const AppEnvContext = createContext<AppEnv | null>(null);

export function useAppEnv(): AppEnv {
  const env = useContext(AppEnvContext);
  if (!env) throw new Error('AppEnvContext missing');
  return env;
}

export function makeEnv(connector: Connector, locale: Locale): AppEnv {
  return { connector, locale, t: translator(locale) };
}
