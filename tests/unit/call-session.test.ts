import { describe, expect, it } from 'vitest';
import { callReducer, elapsedSeconds, identityVerified, initialSession, thirdPartyOnLine, type CallAction, type CallSession } from '@/lib/call/session';
import { skippedItems } from '@/lib/call/stages';
import { loadDefaultPackNode } from '@/lib/packs/load-node';

const stages = loadDefaultPackNode().stages;

describe('call session', () => {
  it('starts at the opening stage with a timer', () => {
    const s = callReducer(initialSession, { type: 'start', now: 1_000 });
    expect(s.status).toBe('active');
    expect(s.stage).toBe('open');
    expect(elapsedSeconds(s, 62_500)).toBe(61);
    const ended = callReducer(s, { type: 'end', now: 31_000 });
    expect(elapsedSeconds(ended, 999_999)).toBe(30);
  });

  it('ticks checklist items and advances the stage when a tagged script is used', () => {
    let s = callReducer(initialSession, { type: 'start', now: 0 });
    s = callReducer(s, {
      type: 'used-script',
      now: 5,
      script: { id: 'verify-1', scenarioId: null, stage: 'verify', checks: ['identity-verified'] },
    });
    expect(identityVerified(s)).toBe(true);
    expect(s.stage).toBe('verify');
    // An earlier stage's script never moves the stepper back.
    s = callReducer(s, { type: 'used-script', now: 6, script: { id: 'open-1', scenarioId: null, stage: 'open' } });
    expect(s.stage).toBe('verify');
    expect(s.scriptsUsed.map((u) => u.scriptId)).toEqual(['verify-1', 'open-1']);
  });

  it('coaches on skipped steps: identity not verified before the purpose stage', () => {
    let s = callReducer(initialSession, { type: 'start', now: 0 });
    s = callReducer(s, { type: 'stage', stage: 'purpose' });
    const open = () => skippedItems(stages, s.stage, s.checked).map((i) => i.id);
    expect(open()).toContain('identity-verified');
    expect(open()).toContain('recording-notice');
    expect(open()).not.toContain('purpose-stated'); // the current stage is not "skipped"
    s = callReducer(s, { type: 'check', id: 'identity-verified', value: true });
    expect(open()).not.toContain('identity-verified');
    expect(open()).toContain('recording-notice');
    expect(s.reached).toBe('purpose');
  });

  it('records detected scenarios once each', () => {
    let s = callReducer(initialSession, { type: 'detected', scenarioIds: ['no-money-now'] });
    s = callReducer(s, { type: 'detected', scenarioIds: ['no-money-now', 'illness'] });
    expect(s.scenarios).toEqual(['no-money-now', 'illness']);
    expect(s.situation).toBe('no-money-now'); // the best of a detection is the situation now
  });
});

describe('who is on the line: the most recent situation says', () => {
  const run = (...actions: CallAction[]): CallSession => actions.reduce(callReducer, callReducer(initialSession, { type: 'start', now: 0 }));
  const detected = (id: string): CallAction => ({ type: 'detected', scenarioIds: [id] });

  it('nobody is a third party before anything is said', () => {
    expect(thirdPartyOnLine(run())).toBe(false);
    expect(identityVerified(run())).toBe(false);
  });

  it('"not the debtor" detected first, then another situation: still a third party until identity is verified', () => {
    const s = run(detected('not-the-debtor'), detected('no-money-now'));
    expect(thirdPartyOnLine(s)).toBe(true);
    expect(s.situation).toBe('no-money-now');
    expect(s.scenarios).toEqual(['not-the-debtor', 'no-money-now']);
  });

  it('"not the debtor" detected again after another situation: a third party again (seen before, still counted)', () => {
    const s = run(detected('not-the-debtor'), detected('no-money-now'), detected('not-the-debtor'));
    expect(thirdPartyOnLine(s)).toBe(true);
    expect(s.scenarios).toEqual(['not-the-debtor', 'no-money-now']);
  });

  it('using a script of a situation makes it the situation; a stage script changes nothing', () => {
    const use = (scenarioId: string | null): CallAction => ({ type: 'used-script', now: 1, script: { id: 'x', scenarioId } });
    expect(thirdPartyOnLine(run(detected('no-money-now'), use('not-the-debtor')))).toBe(true);
    expect(thirdPartyOnLine(run(detected('not-the-debtor'), use(null)))).toBe(true);
  });

  it('verifying identity after a third party answered says the debtor is on the line now', () => {
    const verify: CallAction = { type: 'check', id: 'identity-verified', value: true };
    const s = run(detected('not-the-debtor'), verify);
    expect(identityVerified(s)).toBe(true);
    expect(thirdPartyOnLine(s)).toBe(false);
    // A third party who takes the phone later is on the line again, verified or not.
    expect(thirdPartyOnLine(run(verify, detected('not-the-debtor')))).toBe(true);
    // A verify script with checks does the same as the tick.
    const byScript = run(detected('not-the-debtor'), { type: 'used-script', now: 2, script: { id: 'v', scenarioId: null, checks: ['identity-verified'] } });
    expect(thirdPartyOnLine(byScript)).toBe(false);
  });

  it('unticking identity keeps the situation; a new call starts with nobody known', () => {
    const s = run({ type: 'check', id: 'identity-verified', value: true }, { type: 'check', id: 'identity-verified', value: false });
    expect(identityVerified(s)).toBe(false);
    expect(run(detected('not-the-debtor'), { type: 'start', now: 5 }).situation).toBeNull();
  });
});

import { promiseProblems } from '@/lib/call/outcomes';

describe('promise to pay', () => {
  const ok = { amount: '3000', date: '2026-11-28', method: '手机银行' };
  it('needs date, method and amount for a ptp outcome', () => {
    expect(promiseProblems('ptp', ok, '2026-11-22')).toEqual([]);
    expect(promiseProblems('ptp', { amount: '', date: '', method: ' ' }, '2026-11-22')).toEqual(['amount', 'date', 'method']);
    expect(promiseProblems('ptp', { ...ok, amount: '-5' }, '2026-11-22')).toEqual(['amount']);
  });
  it('refuses a date in the past and accepts today', () => {
    expect(promiseProblems('ptp', { ...ok, date: '2026-11-21' }, '2026-11-22')).toEqual(['date']);
    expect(promiseProblems('ptp', { ...ok, date: '2026-11-22' }, '2026-11-22')).toEqual([]);
  });
  it('asks nothing for other outcomes', () => {
    expect(promiseProblems('callback', { amount: '', date: '', method: '' }, '2026-11-22')).toEqual([]);
  });
});
