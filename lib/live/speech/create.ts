// Builds the chosen engine (select.ts) in the context that captures audio (the offscreen document).
import { createChromeOnDeviceEngine } from './chrome-on-device';
import type { SpeechEngine } from './engine';
import { cacheStorageModelCache, createPolicyModelEngine } from './policy-model';
import { chooseEngine, RELEASE_BUILD, type EngineConfig } from './select';
import { createTestEngine } from './test-engine';

/** `release` (tests): behave as the release build. In the release build itself the test engine's code is dropped. */
export function createEngine(config: EngineConfig, release = false): SpeechEngine {
  const id = chooseEngine(config, RELEASE_BUILD || release);
  if (!(RELEASE_BUILD || release) && id === 'test' && config.testTranscript) return createTestEngine(config.testTranscript);
  if (id === 'policy-model' && config.policyModel)
    return createPolicyModelEngine(config.policyModel, { fetch: (u, i) => fetch(u, i), cache: cacheStorageModelCache() });
  return createChromeOnDeviceEngine(config.lang);
}
