// The call session's items heard in the agent's words (lib/call/session 'heard-check').
import { describe, expect, it } from 'vitest';
import { callReducer, IDENTITY_VERIFIED, initialSession, type CallSession } from '@/lib/call/session';

const started = callReducer(initialSession, { type: 'start', now: 1 });
const run = (s: CallSession, ...actions: Parameters<typeof callReducer>[1][]) => actions.reduce(callReducer, s);

describe('heard-check', () => {
  it('ticks an untouched item and keeps the words', () => {
    const s = run(started, { type: 'heard-check', id: 'recording-notice', words: '本次通话会录音' });
    expect(s.checked['recording-notice']).toBe(true);
    expect(s.heard['recording-notice']).toBe('本次通话会录音');
  });
  it('never ticks identity verified', () => {
    const s = run(started, { type: 'heard-check', id: IDENTITY_VERIFIED, words: '请问您是本人吗' });
    expect(s).toBe(started);
    expect(s.checked[IDENTITY_VERIFIED]).toBeUndefined();
  });
  it('leaves an item the agent set alone: unticked stays unticked, and the badge goes', () => {
    const heard = run(started, { type: 'heard-check', id: 'recording-notice', words: '有录音' });
    const unticked = run(heard, { type: 'check', id: 'recording-notice', value: false });
    expect(unticked.heard['recording-notice']).toBeUndefined();
    const again = run(unticked, { type: 'heard-check', id: 'recording-notice', words: '有录音' });
    expect(again.checked['recording-notice']).toBe(false);
  });
  it('starts empty for each call', () => {
    const s = run(started, { type: 'heard-check', id: 'purpose-stated', words: '来电是关于逾期' }, { type: 'reset' });
    expect(s.heard).toEqual({});
  });
});
