// Builds the chosen engine (select.ts) in the context that captures audio (the offscreen document).
import { createChromeOnDeviceEngine } from './chrome-on-device';
import type { SpeechEngine } from './engine';
import { cacheStorageModelCache, createPolicyModelEngine } from './policy-model';
import { chooseEngine, RELEASE_BUILD, type EngineConfig } from './select';
import { createTestEngine } from './test-engine';

export function createEngine(config: EngineConfig, release = RELEASE_BUILD): SpeechEngine {
  const id = chooseEngine(config, release);
  if (id === 'test' && config.testTranscript) return createTestEngine(config.testTranscript);
  if (id === 'policy-model' && config.policyModel)
    return createPolicyModelEngine(config.policyModel, { fetch: (u, i) => fetch(u, i), cache: cacheStorageModelCache() });
  return createChromeOnDeviceEngine(config.lang);
}
