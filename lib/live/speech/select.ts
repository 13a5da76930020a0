// Which engine listens: the scripted test engine when a transcript is configured for it (demo and
// dev builds only: the release build cannot select it), else the policy model when policy names
// one, else Chrome's on-device recognizer. No engine falls back to another: an engine that cannot
// run says why, and listening does not start.
import { checkModelSource } from './policy-model';
import type { EngineId } from './engine';
import { parseTestTranscript, type TestTranscript } from './test-engine';

/** What the background hands the offscreen document to build the engine (the offscreen page has no storage access). */
export interface EngineConfig {
  lang: 'zh-CN' | 'zh-TW' | 'en';
  policyModel: { url: string; sha256: string } | null;
  testTranscript: TestTranscript | null;
}

/** True in the release build (DAIHOU_BUILD=release, set by wxt.config.ts), where the test engine does not exist. */
export const RELEASE_BUILD: boolean = import.meta.env.DAIHOU_RELEASE === true;

export function chooseEngine(config: EngineConfig, release = RELEASE_BUILD): EngineId {
  if (!release && config.testTranscript) return 'test';
  if (config.policyModel && checkModelSource(config.policyModel) !== 'not-configured') return 'policy-model';
  return 'chrome-on-device';
}

/** Recognition language from the UI locale: Mandarin in both Chinese UIs (zh-TW agents still hear Mandarin as zh-TW). */
export function recognitionLang(locale: string): EngineConfig['lang'] {
  return locale === 'en' ? 'en' : locale === 'zh-TW' ? 'zh-TW' : 'zh-CN';
}

/** The engine configuration from the effective settings and (non-release only) the dev transcript item. */
export function engineConfig(
  settings: { speechModelUrl: string; speechModelSha256: string; locale: string },
  uiLocale: string,
  devTranscript: unknown,
  release = RELEASE_BUILD,
): EngineConfig {
  const url = settings.speechModelUrl.trim();
  const sha256 = settings.speechModelSha256.trim();
  return {
    lang: recognitionLang(uiLocale),
    policyModel: url || sha256 ? { url, sha256 } : null,
    testTranscript: release ? null : parseTestTranscript(devTranscript),
  };
}
