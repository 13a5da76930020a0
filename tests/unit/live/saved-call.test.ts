// The live call kept while the panel is closed: storage.session only, one entry per tab + debtor,
// read back as hostile input (lib/live/saved-call, lib/storage/live-calls).
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { initialSession } from '@/lib/call/session';
import { prunedCalls, restoreSavedCall, SAVED_CALL_TTL_MS, savedCallKey, type SavedCall } from '@/lib/live/saved-call';
import { liveCallsItem } from '@/lib/storage/items';
import { sessionCallStore } from '@/lib/storage/live-calls';

const NOW = Date.parse('2026-11-23T02:00:00Z');
const KEY = 'http://crm|CS-1';

function call(patch: Partial<SavedCall> = {}): SavedCall {
  return {
    v: 1,
    tabId: 7,
    debtorKey: KEY,
    savedAt: NOW,
    callId: 3,
    session: { ...initialSession, status: 'active', startedAt: NOW - 60_000, stage: 'verify', reached: 'verify', checked: { 'recording-notice': true }, heard: { 'recording-notice': '本次通话录音' } },
    live: { turns: [{ id: 't1', speaker: 'agent', text: '本次通话录音', final: true, at: NOW - 30_000, source: 'page' }], agentHeardAt: NOW - 30_000, findings: [], dismissed: 0, typed: [] },
    cards: { heard: null, utterance: '' },
    wrapUp: null,
    override: null,
    ...patch,
  };
}
const where = { tabId: 7, debtorKey: KEY, now: NOW };

describe('restoreSavedCall', () => {
  it('gives back a well-formed call of this tab and debtor', () => {
    expect(restoreSavedCall(JSON.parse(JSON.stringify(call())), where)).toEqual(call());
  });

  it('drops another tab’s or debtor’s call, an idle one, and one older than two hours', () => {
    expect(restoreSavedCall(call({ tabId: 8 }), where)).toBeNull();
    expect(restoreSavedCall(call({ debtorKey: 'http://crm|CS-2' }), where)).toBeNull();
    expect(restoreSavedCall(call({ session: initialSession }), where)).toBeNull();
    expect(restoreSavedCall(call({ savedAt: NOW - SAVED_CALL_TTL_MS - 1 }), where)).toBeNull();
    expect(restoreSavedCall(call({ savedAt: NOW - SAVED_CALL_TTL_MS + 60_000 }), where)).not.toBeNull();
  });

  it('drops malformed data of every kind, without throwing', () => {
    const good = call() as unknown as Record<string, unknown>;
    const bad: unknown[] = [
      null, 42, 'x', [], { ...good, v: 2 },
      { ...good, session: { ...call().session, stage: 'shout' } },
      { ...good, session: { ...call().session, checked: { a: 'yes' } } },
      { ...good, session: { ...call().session, scriptsUsed: [{ scriptId: 5 }] } },
      { ...good, live: { ...call().live, turns: [{ id: 't', speaker: 'debtor', text: 'x'.repeat(5_000), final: true, at: 1, source: 'page' }] } },
      { ...good, live: { ...call().live, dismissed: 3 } },
      { ...good, cards: { heard: 7, utterance: '' } },
      { ...good, wrapUp: { outcome: 'ptp' } },
      { ...good, override: { reason: 1, audited: true } },
      { ...good, callId: -1 },
      { ...good, savedAt: NOW + 3_600_000 },
    ];
    for (const raw of bad) expect(restoreSavedCall(raw, where)).toBeNull();
  });
});

describe('the session store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps calls in storage.session, never in storage.local', async () => {
    const store = sessionCallStore();
    const k = savedCallKey(7, KEY);
    await store.save(k, call());
    expect(await store.load(k)).toEqual(call());
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toContain('liveCalls');
    await store.remove(k);
    expect(await store.load(k)).toBeUndefined();
  });

  it('drops stale and malformed entries as it writes', async () => {
    await liveCallsItem.setValue({ old: call({ savedAt: Date.now() - SAVED_CALL_TTL_MS - 1 }), junk: 'x', kept: call({ savedAt: Date.now() }) });
    await sessionCallStore().save('new', call({ savedAt: Date.now() }));
    expect(Object.keys(await liveCallsItem.getValue()).sort()).toEqual(['kept', 'new']);
    expect(prunedCalls('not a store', NOW)).toEqual({});
  });
});
