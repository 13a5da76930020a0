import { describe, expect, it } from 'vitest';
import { callReducer, initialSession, type CallAction, type CallSession } from '@/lib/call/session';
import { chooseScenarios, suggestScripts, type SuggestInput } from '@/lib/call/suggestions';
import { loadDefaultPackNode } from '@/lib/packs/load-node';
import { mergePacks } from '@/lib/packs/merge';

const pack = mergePacks([loadDefaultPackNode()]);
const session = (...actions: CallAction[]): CallSession => actions.reduce(callReducer, callReducer(initialSession, { type: 'start', now: 0 }));
const verified: CallAction = { type: 'check', id: 'identity-verified', value: true };
const said = (id: string): CallAction => ({ type: 'detected', scenarioIds: [id] });
const suggest = (over: Partial<SuggestInput>) =>
  suggestScripts({ pack, detected: [], picked: null, session: session(), rank: {}, vars: { name: '张三', amountOverdue: 5000 }, ...over });

describe('chooseScenarios', () => {
  it('takes what the agent picked over what was detected', () => {
    expect(chooseScenarios([{ id: 'illness', score: 0.9 }], 'defiant')).toEqual(['defiant']);
  });
  it('adds a close second, not a distant one', () => {
    expect(chooseScenarios([{ id: 'a', score: 0.8 }, { id: 'b', score: 0.7 }], null)).toEqual(['a', 'b']);
    expect(chooseScenarios([{ id: 'a', score: 0.8 }, { id: 'b', score: 0.5 }], null)).toEqual(['a']);
    expect(chooseScenarios([], null)).toEqual([]);
  });
});

describe('suggestScripts', () => {
  it('before any objection offers the current stage’s own scripts', () => {
    const set = suggest({ session: session({ type: 'stage', stage: 'open' }) });
    expect(set.scenarios).toEqual([]);
    expect(set.cards.length).toBeGreaterThan(0);
    for (const c of set.cards) expect(c.script.stage).toBe('open');
  });

  it('holds back disclosing scripts until identity is verified, then shows them', () => {
    const before = suggest({ detected: [{ id: 'no-money-now', score: 0.9 }], session: session(said('no-money-now')) });
    expect(before.cards.every((c) => !c.script.discloses)).toBe(true);
    expect(before.heldBack).toBeGreaterThan(0);
    expect(before.heldBackReason).toBe('identity-not-verified');
    const after = suggest({ detected: [{ id: 'no-money-now', score: 0.9 }], session: session(said('no-money-now'), verified) });
    expect(after.heldBack).toBe(0);
    expect(after.cards.some((c) => c.script.discloses)).toBe(true);
    expect(after.cards[0]!.segments.some((s) => s.kind === 'var' && s.value === '张三')).toBe(true);
  });

  it('with a third party on the line (the session says so) only "not the debtor" words are shown, even when verified', () => {
    const s = session(verified, said('not-the-debtor'));
    const set = suggest({ detected: [{ id: 'not-the-debtor', score: 0.9 }], session: s });
    expect(set.scenarios).toEqual(['not-the-debtor']);
    expect(set.cards.length).toBeGreaterThan(0);
    for (const c of set.cards) expect([c.scenarioId, c.script.discloses]).toEqual(['not-the-debtor', false]);
  });

  it('#15: identity verified, then "我不是他本人，我是他老婆", then "我老公生病住院了": nothing disclosing until verified again', () => {
    const wife = session(verified, said('not-the-debtor'), said('illness'));
    expect(wife.checked['identity-verified']).toBe(false);
    const set = suggest({ detected: [{ id: 'illness', score: 0.9 }], session: wife, max: 10 });
    expect(set.scenarios[0]).toBe('not-the-debtor');
    expect(set.cards.length).toBeGreaterThan(0);
    for (const c of set.cards) expect([c.scenarioId, c.script.discloses]).toEqual(['not-the-debtor', false]);
    expect(set.heldBack).toBeGreaterThan(0);
    expect(set.heldBackReason).toBe('third-party-on-line');
    // The debtor takes the phone and is verified again: the illness scripts come back.
    const back = suggest({ detected: [{ id: 'illness', score: 0.9 }], session: session(verified, said('not-the-debtor'), said('illness'), verified), max: 10 });
    expect(back.scenarios).toEqual(['illness']);
    expect(back.cards.some((c) => c.script.discloses)).toBe(true);
  });

  it('a call placed to a third party contact starts with the third party on the line', () => {
    const s = callReducer(callReducer(initialSession, verified), { type: 'start', now: 0, contact: 'wife' });
    expect(s.checked['identity-verified']).toBe(false);
    const set = suggest({ session: s });
    for (const c of set.cards) expect(c.scenarioId).toBe('not-the-debtor');
  });

  it('with a third party on the line and nothing new said, offers what to say to them instead of the stage’s scripts', () => {
    const set = suggest({ session: session(said('not-the-debtor')) });
    expect(set.scenarios).toEqual(['not-the-debtor']);
    for (const c of set.cards) expect(c.scenarioId).toBe('not-the-debtor');
  });

  it('a close second situation adds only its top script', () => {
    const set = suggest({ detected: [{ id: 'no-money-now', score: 0.8 }, { id: 'illness', score: 0.75 }], session: session(verified), max: 10 });
    expect(set.scenarios).toEqual(['no-money-now', 'illness']);
    expect(set.cards.filter((c) => c.scenarioId === 'illness')).toHaveLength(1);
    expect(set.cards[0]!.scenarioId).toBe('no-money-now');
  });

  it('shows at most max cards', () => {
    expect(suggest({ picked: 'no-money-now', session: session(verified), max: 1 }).cards).toHaveLength(1);
  });
});
