import { describe, expect, it, vi } from 'vitest';
import { createChromeOnDeviceEngine, installOnDevicePack, onDeviceAvailability, type RecognitionCtor } from '@/lib/live/speech/chrome-on-device';
import { createEngine } from '@/lib/live/speech/create';
import { durationMs, SAMPLE_RATE } from '@/lib/live/speech/engine';
import { chooseEngine, engineConfig, recognitionLang, type EngineConfig } from '@/lib/live/speech/select';
import { createTestEngine, parseTestTranscript } from '@/lib/live/speech/test-engine';

const seg = (speaker: 'debtor' | 'agent', seconds: number) => ({ speaker, pcm: new Float32Array(Math.round(seconds * SAMPLE_RATE)), startedAt: 1_000 });
const base: EngineConfig = { lang: 'zh-CN', policyModel: null, testTranscript: null };
const policy = { url: 'https://models.bank.example/m.bin', sha256: 'e'.repeat(64) };
const script = { debtor: ['我没钱'], agent: ['您好'] };

describe('engine selection', () => {
  it('Chrome on-device by default, the policy model when policy sets one, the test engine only outside the release', () => {
    expect(chooseEngine(base, false)).toBe('chrome-on-device');
    expect(chooseEngine({ ...base, policyModel: policy }, false)).toBe('policy-model');
    // A malformed policy is still the policy engine (it reports bad-config): never silently another engine.
    expect(chooseEngine({ ...base, policyModel: { url: 'http://x', sha256: '1' } }, false)).toBe('policy-model');
    expect(chooseEngine({ ...base, policyModel: policy, testTranscript: script }, false)).toBe('test');
    expect(chooseEngine({ ...base, testTranscript: script }, true)).toBe('chrome-on-device');
    expect(chooseEngine({ ...base, policyModel: policy, testTranscript: script }, true)).toBe('policy-model');
  });

  it('builds the chosen engine; the release never builds the test engine', () => {
    expect(createEngine(base).id).toBe('chrome-on-device');
    expect(createEngine({ ...base, policyModel: policy }).id).toBe('policy-model');
    expect(createEngine({ ...base, testTranscript: script }).id).toBe('test');
    expect(createEngine({ ...base, testTranscript: script }, true).id).toBe('chrome-on-device');
  });

  it('takes the configuration from settings, the UI language and (not in the release) the dev transcript', () => {
    const settings = { speechModelUrl: ` ${policy.url} `, speechModelSha256: policy.sha256, locale: 'auto' };
    expect(engineConfig(settings, 'zh-TW', { debtor: [' 我没钱 ', ''], agent: [] }, false)).toEqual({
      lang: 'zh-TW',
      policyModel: policy,
      testTranscript: { debtor: ['我没钱'], agent: [] },
    });
    expect(engineConfig({ speechModelUrl: '', speechModelSha256: '', locale: 'en' }, 'en', script, true)).toEqual({ lang: 'en', policyModel: null, testTranscript: null });
    expect(recognitionLang('zh-CN')).toBe('zh-CN');
  });
});

describe('the test engine', () => {
  it('answers each segment with the next line for its speaker, wrapping round, with the segment duration', async () => {
    const e = createTestEngine({ debtor: ['一', '二'], agent: ['甲'] });
    expect(await e.available()).toEqual({ ready: true, reason: 'ready' });
    expect(await e.transcribe(seg('debtor', 1.5))).toEqual({ text: '一', durationMs: 1500 });
    expect(await e.transcribe(seg('agent', 0.25))).toEqual({ text: '甲', durationMs: 250 });
    expect((await e.transcribe(seg('debtor', 1))).text).toBe('二');
    expect((await e.transcribe(seg('debtor', 1))).text).toBe('一');
    await e.dispose();
    await expect(e.transcribe(seg('debtor', 1))).rejects.toThrow();
    expect((await e.available()).ready).toBe(false);
  });

  it('a speaker without lines gets empty text; a transcript from outside is checked', async () => {
    expect((await createTestEngine({ debtor: ['x'], agent: [] }).transcribe(seg('agent', 1))).text).toBe('');
    expect(parseTestTranscript(null)).toBeNull();
    expect(parseTestTranscript({ debtor: 'x' })).toBeNull();
    expect(parseTestTranscript({ debtor: [1] })).toBeNull();
    expect(parseTestTranscript({ debtor: [], agent: [' '] })).toBeNull();
    expect(parseTestTranscript({ agent: ['好'] })).toEqual({ debtor: [], agent: ['好'] });
  });

  it('durations are the PCM length at 16 kHz', () => {
    expect(durationMs(new Float32Array(16_000 * 3))).toBe(3000);
  });
});

function fakeRecognition(answer: string | Error, opts: { processLocally?: boolean } = {}) {
  const constructed = vi.fn();
  class Rec {
    constructor() {
      constructed();
    }
  }
  if (opts.processLocally !== false) Object.defineProperty(Rec.prototype, 'processLocally', { value: false, writable: true });
  const available = vi.fn(async (_o: { langs: string[]; processLocally: boolean }) => {
    if (answer instanceof Error) throw answer;
    return answer;
  });
  Object.assign(Rec, { available });
  return { ctor: Rec as unknown as RecognitionCtor, available, constructed };
}

describe("Chrome's recognizer, on-device only", () => {
  it('asks for on-device availability and maps the answer; only "available" is ready', async () => {
    const cases: [string, string][] = [
      ['available', 'ready'],
      ['downloadable', 'needs-install'],
      ['downloading', 'installing'],
      ['unavailable', 'unsupported'],
    ];
    for (const [answer, reason] of cases) {
      const f = fakeRecognition(answer);
      expect((await onDeviceAvailability(f.ctor, 'zh-CN')).reason).toBe(reason);
      expect(f.available).toHaveBeenCalledWith({ langs: ['zh-CN'], processLocally: true });
    }
  });

  it('a browser without the on-device API (or processLocally) is unsupported, never the cloud recognizer', async () => {
    expect(await onDeviceAvailability(null, 'zh-CN')).toEqual({ ready: false, reason: 'unsupported' });
    expect((await onDeviceAvailability(fakeRecognition('available', { processLocally: false }).ctor, 'zh-CN')).reason).toBe('unsupported');
    expect((await onDeviceAvailability(fakeRecognition(new Error('blocked')).ctor, 'zh-CN')).reason).toBe('unsupported');
  });

  it("installs Chrome's pack for the language when asked; false where Chrome cannot", async () => {
    const f = fakeRecognition('downloadable');
    const install = vi.fn(async (_o: { langs: string[] }) => true);
    Object.assign(f.ctor, { install });
    expect(await installOnDevicePack(f.ctor, 'zh-CN')).toBe(true);
    expect(install).toHaveBeenCalledWith({ langs: ['zh-CN'], processLocally: true });
    install.mockRejectedValueOnce(new Error('NotAllowedError'));
    expect(await installOnDevicePack(f.ctor, 'zh-CN')).toBe(false);
    expect(await installOnDevicePack(null, 'zh-CN')).toBe(false);
    expect(await installOnDevicePack(fakeRecognition('downloadable').ctor, 'zh-CN')).toBe(false);
  });

  it('does not start a recognizer when the pack is not installed', async () => {
    const f = fakeRecognition('downloadable');
    const e = createChromeOnDeviceEngine('zh-CN', f.ctor);
    await expect(e.transcribe(seg('debtor', 1))).rejects.toThrow(/needs-install/);
    expect(f.constructed).not.toHaveBeenCalled();
  });
});

describe('the panel-opening engine check', () => {
  it("keeps the policy model's answer per configuration until listening starts; asks Chrome every time", async () => {
    const { createEngineChecker } = await import('@/lib/live/offscreen-session');
    const check = vi.fn(async (c: EngineConfig) => ({ engine: c.policyModel ? ('policy-model' as const) : ('chrome-on-device' as const), reason: 'no-runtime' as const }));
    const checker = createEngineChecker(check);
    const withPolicy = { ...base, policyModel: policy };
    await checker.check(withPolicy);
    await checker.check(withPolicy);
    expect(check).toHaveBeenCalledTimes(1);
    await checker.check({ ...withPolicy, policyModel: { ...policy, sha256: 'f'.repeat(64) } });
    expect(check).toHaveBeenCalledTimes(2);
    await checker.check(base);
    await checker.check(base);
    expect(check).toHaveBeenCalledTimes(4);
    checker.forget();
    await checker.check(withPolicy);
    expect(check).toHaveBeenCalledTimes(5);
  });
});
