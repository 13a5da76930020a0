import { describe, expect, it } from 'vitest';
import { parseMessage } from '@/lib/messaging-check';
import { IDLE } from '@/lib/live/listen-state';
import { pickManaged } from '@/lib/settings';
import { restoreSettings } from '@/lib/storage/settings-shape';

const engine = { lang: 'zh-CN', policyModel: null, testTranscript: { debtor: ['我没钱'], agent: [] } };

describe('live audio messages', () => {
  it('accepts the panel, background and offscreen payloads', () => {
    expect(parseMessage('panel:listen', { tabId: 3, on: true })).toEqual({ tabId: 3, on: true });
    expect(parseMessage('panel:listen-state', { tabId: 3 })).toEqual({ tabId: 3 });
    expect(parseMessage('bg:offscreen-listen', { tabId: 3, streamId: 'abc', mic: true, engine })).toMatchObject({ streamId: 'abc' });
    expect(parseMessage('bg:offscreen-check', { engine: { ...engine, policyModel: { url: 'https://m/x', sha256: 'a'.repeat(64) } } })).toBeTruthy();
    const listening = { tabId: 3, status: 'listening', engine: 'test', reason: 'ready', mic: 'denied', error: null };
    expect(parseMessage('bg:listen-state', listening)).toEqual(listening);
    expect(parseMessage('offscreen:state', IDLE)).toEqual(IDLE);
    const turn = { id: 'audio-debtor-1-5', speaker: 'debtor', text: '我没钱', final: true, at: 5, source: 'audio' };
    expect(parseMessage('offscreen:turns', { tabId: 3, turns: [turn] }).turns).toHaveLength(1);
  });

  it('refuses malformed ones', () => {
    expect(() => parseMessage('panel:listen', { tabId: -1, on: true })).toThrow();
    expect(() => parseMessage('panel:listen', { tabId: 3 })).toThrow();
    expect(() => parseMessage('bg:offscreen-listen', { tabId: 3, streamId: '', mic: true, engine })).toThrow();
    expect(() => parseMessage('bg:offscreen-listen', { tabId: 3, streamId: 'x', mic: true, engine: { ...engine, lang: 'fr' } })).toThrow();
    expect(() => parseMessage('bg:listen-state', { ...IDLE, status: 'recording' })).toThrow();
    expect(() => parseMessage('bg:listen-state', { ...IDLE, engine: 'cloud' })).toThrow();
    expect(() => parseMessage('offscreen:turns', { tabId: 3, turns: [{ id: 'x', speaker: 'bank', text: '', final: true, at: 1, source: 'audio' }] })).toThrow();
  });
});

describe('speech model policy keys', () => {
  it('keep a URL and a 64-hex SHA-256 (trimmed); a bad hash is dropped', () => {
    const sha = 'AB'.repeat(32);
    expect(restoreSettings({ speechModelUrl: 'https://m.bank.example/zh.bin', speechModelSha256: ` ${sha} ` })).toEqual({ speechModelUrl: 'https://m.bank.example/zh.bin', speechModelSha256: sha });
    expect(restoreSettings({ speechModelSha256: 'abc' })).toEqual({});
    expect(restoreSettings({ speechModelUrl: 5 })).toEqual({});
  });

  it('are read from enterprise policy', () => {
    expect(pickManaged({ speechModelUrl: 'https://m/x.bin', speechModelSha256: 'c'.repeat(64) })).toEqual({ speechModelUrl: 'https://m/x.bin', speechModelSha256: 'c'.repeat(64) });
  });
});
