// Situations that route the suggestions specially, on a small pack built in code: a crisis (safety
// first, payment talk hidden until the agent dismisses it), a third party on the line (the scripts
// written for third parties), an heir (the estate script waits for the heir to be verified), and a
// debtor who broke a promise and promises again (broken-promise scripts first).
import { describe, expect, it } from 'vitest';
import { HEIR_VERIFIED, requiredVerification, THIRD_PARTY_SCENARIOS, writtenForThirdParty } from '@/lib/call/audience';
import { dayBeforeReminder, isPromising, nearerPromiseDate, withBrokenPromiseFirst } from '@/lib/call/broken-promise';
import { isPaymentScript, signalsCrisis } from '@/lib/call/crisis';
import { callReducer, crisisActive, initialSession, type CallAction, type CallSession } from '@/lib/call/session';
import { suggestScripts, type SuggestInput } from '@/lib/call/suggestions';
import { wrapUpSuggestions } from '@/lib/call/wrap-up-suggestions';
import { textDisclosesDebt } from '@/lib/compliance/disclosure';
import { mergedRoutingPack } from './fixtures';

const pack = mergedRoutingPack();
const session = (...actions: CallAction[]): CallSession => actions.reduce(callReducer, callReducer(initialSession, { type: 'start', now: 0 }));
const verified: CallAction = { type: 'check', id: 'identity-verified', value: true };
const said = (id: string): CallAction => ({ type: 'detected', scenarioIds: [id] });
const crisis: CallAction = { type: 'crisis', now: 5 };
const suggest = (over: Partial<SuggestInput>) =>
  suggestScripts({ pack, detected: [], picked: null, session: session(), rank: {}, vars: { name: '张三', amountOverdue: 5000 }, max: 10, ...over });
const ids = (set: ReturnType<typeof suggest>) => set.cards.map((c) => c.script.id);
const scriptById = new Map([...pack.stageScripts, ...pack.scenarios.flatMap((s) => s.scripts)].map((s) => [s.id, s]));

describe('crisis signal', () => {
  it('is heard at the top whatever its score, lower in the top 3 only with a score of 0.5 or more', () => {
    expect(signalsCrisis([{ id: 'crisis', score: 0.3 }])).toBe(true);
    expect(signalsCrisis([{ id: 'hard-times', score: 0.7 }, { id: 'crisis', score: 0.55 }])).toBe(true);
    expect(signalsCrisis([{ id: 'hard-times', score: 0.7 }, { id: 'illness', score: 0.6 }, { id: 'crisis', score: 0.5 }])).toBe(true);
    expect(signalsCrisis([{ id: 'hard-times', score: 0.7 }, { id: 'crisis', score: 0.49 }])).toBe(false);
    expect(signalsCrisis([{ id: 'a', score: 0.9 }, { id: 'b', score: 0.8 }, { id: 'c', score: 0.7 }, { id: 'crisis', score: 0.69 }])).toBe(false);
    expect(signalsCrisis([])).toBe(false);
  });

  it('a payment script pushes for payment by its stage or mentions the debt', () => {
    expect(isPaymentScript({ stage: 'negotiate', discloses: false })).toBe(true);
    expect(isPaymentScript({ stage: 'purpose', discloses: false })).toBe(true);
    expect(isPaymentScript({ stage: 'commit', discloses: false })).toBe(true);
    expect(isPaymentScript({ stage: 'understand', discloses: true })).toBe(true);
    expect(isPaymentScript({ stage: 'understand', discloses: false })).toBe(false);
    expect(isPaymentScript({ stage: 'close', discloses: false })).toBe(false);
  });
});

describe('crisis protocol in the session', () => {
  it('is sticky across further utterances until dismissed, and keeps when it was first shown', () => {
    const s = session(verified, crisis, said('no-money-now'), said('illness'));
    expect(crisisActive(s)).toBe(true);
    expect(s.crisis).toEqual({ shownAt: 5, active: true });
    expect(s.scenarios).toContain('crisis');
    const off = callReducer(s, { type: 'crisis-dismissed', now: 9 });
    expect(crisisActive(off)).toBe(false);
    expect(off.crisis).toEqual({ shownAt: 5, active: false, dismissedAt: 9 });
    // Heard again after a dismissal: on again, first shown time kept.
    const again = callReducer(off, { type: 'crisis', now: 20 });
    expect(again.crisis).toEqual({ shownAt: 5, active: true });
    // A new call starts without it …
    expect(callReducer(callReducer(again, { type: 'end', now: 30 }), { type: 'start', now: 40 }).crisis).toBeNull();
    // … but a crisis heard before the call was started stays on when it starts.
    const early = callReducer(callReducer(initialSession, { type: 'crisis', now: 1 }), { type: 'start', now: 2 });
    expect(early.crisis).toEqual({ shownAt: 1, active: true });
  });

  it('hides every payment script while on, shows the crisis scripts first, and the rest comes back once dismissed', () => {
    const on = session(verified, crisis, said('no-money-now'));
    const set = suggest({ detected: [{ id: 'no-money-now', score: 0.9 }], session: on });
    expect(set.scenarios[0]).toBe('crisis');
    expect(set.cards[0]!.scenarioId).toBe('crisis');
    expect(ids(set)).toEqual(expect.arrayContaining(['crisis-listen', 'crisis-help']));
    for (const c of set.cards) expect(isPaymentScript(c.script)).toBe(false);
    expect(set.crisisHidden).toBeGreaterThan(0);

    const off = callReducer(on, { type: 'crisis-dismissed', now: 9 });
    const after = suggest({ detected: [{ id: 'no-money-now', score: 0.9 }], session: off });
    expect(after.crisisHidden).toBe(0);
    expect(ids(after)).toContain('nm-ask');
    expect(after.scenarios[0]).toBe('no-money-now');
  });

  it('with no crisis scenario in the pack, still hides payment talk (the stage’s other scripts remain)', () => {
    const bare = mergedRoutingPack({ scenarios: [] as never });
    const set = suggestScripts({ pack: bare, detected: [], picked: null, session: session(verified, crisis, { type: 'stage', stage: 'purpose' }), rank: {}, vars: {} });
    expect(set.cards.map((c) => c.script.id)).not.toContain('st-purpose');
    expect(set.crisisHidden).toBe(1);
  });
});

describe('scripts for a third party', () => {
  it('the rule: non-disclosing scripts of the listed situations or of the matched one', () => {
    for (const id of ['not-the-debtor', 'divorced', 'deceased', 'family-offers-to-pay', 'stop-contact', 'call-back-later', 'crisis']) expect(THIRD_PARTY_SCENARIOS).toContain(id);
    expect(writtenForThirdParty('divorced', [])).toBe(true);
    expect(writtenForThirdParty('illness', ['illness'])).toBe(true);
    expect(writtenForThirdParty('illness', ['not-the-debtor'])).toBe(false);
    expect(writtenForThirdParty(null, [])).toBe(false);
  });

  it('"我们离婚了" from an ex-spouse: the divorced scripts for third parties lead, "not the debtor" follows, nothing disclosing', () => {
    const s = session(said('not-the-debtor'), said('divorced'));
    const set = suggest({ detected: [{ id: 'divorced', score: 0.9 }], session: s });
    expect(set.scenarios.slice(0, 2)).toEqual(['divorced', 'not-the-debtor']);
    expect(ids(set)[0]).toBe('div-third-party');
    expect(ids(set)).toContain('ntd-callback');
    expect(ids(set)).not.toContain('div-coborrower');
    expect(set.heldBackReason).toBe('third-party-on-line');
    for (const c of set.cards) expect([c.script.discloses, textDisclosesDebt(c.script.text)]).toEqual([false, false]);
  });

  it('a third party reporting the debtor ill: "not the debtor" first, then the matched situation’s non-disclosing words', () => {
    const set = suggest({ detected: [{ id: 'illness', score: 0.9 }], session: session(said('not-the-debtor'), said('illness')) });
    expect(set.scenarios).toEqual(['not-the-debtor', 'illness']);
    expect(ids(set)).toEqual(['ntd-callback', 'ill-care']);
    expect(set.heldBack).toBeGreaterThan(0);
  });
});

describe('the estate script waits for the heir to be verified', () => {
  const dead = session(said('not-the-debtor'), said('deceased'));
  it('is held back with its own reason, then offered to the verified heir', () => {
    expect(requiredVerification('deceased-estate')).toBe(HEIR_VERIFIED);
    expect(requiredVerification('deceased-condolence')).toBeUndefined();
    const before = suggest({ detected: [{ id: 'deceased', score: 0.9 }], session: dead });
    expect(ids(before)[0]).toBe('deceased-condolence');
    expect(ids(before)).not.toContain('deceased-estate');
    expect(before.verifications).toEqual([{ check: HEIR_VERIFIED, heldBack: 1 }]);

    const heir = callReducer(dead, { type: 'check', id: HEIR_VERIFIED, value: true });
    const after = suggest({ detected: [{ id: 'deceased', score: 0.9 }], session: heir });
    expect(ids(after)).toContain('deceased-estate');
    expect(after.verifications).toEqual([{ check: HEIR_VERIFIED, heldBack: 0 }]);
    expect(scriptById.get('deceased-estate')!.discloses).toBe(true);
  });

  it('is held back even from the verified debtor’s call until the heir is verified', () => {
    const set = suggest({ picked: 'deceased', session: session(verified) });
    expect(ids(set)).not.toContain('deceased-estate');
    expect(set.verifications[0]!.heldBack).toBe(1);
  });
});

describe('a debtor with a broken promise promises again', () => {
  it('is a promise moment when the situation is a promise or the words name a date', () => {
    expect(isPromising('vague-promise', '我尽量吧', '2026-11-26')).toBe(true);
    expect(isPromising('after-payday', '', '2026-11-26')).toBe(true);
    expect(isPromising(null, '下个月15号一定还', '2026-11-26')).toBe(true);
    expect(isPromising('no-money-now', '真的没钱', '2026-11-26')).toBe(false);
  });

  it('puts the broken-promise scripts first, the matched situation’s top script after', () => {
    expect(withBrokenPromiseFirst(['vague-promise'], true)).toEqual(['broken-promise', 'vague-promise']);
    expect(withBrokenPromiseFirst(['broken-promise', 'vague-promise'], true)).toEqual(['broken-promise', 'vague-promise']);
    expect(withBrokenPromiseFirst(['vague-promise'], false)).toEqual(['vague-promise']);
    const set = suggest({ detected: [{ id: 'vague-promise', score: 0.9 }], session: session(verified), brokenPromise: true });
    expect(ids(set)).toEqual(['bp-quote', 'vp-pin']);
    expect(suggest({ detected: [{ id: 'vague-promise', score: 0.9 }], session: session(verified) }).scenarios).toEqual(['vague-promise']);
  });

  it('proposes a nearer date and a reminder the day before the due date', () => {
    expect(nearerPromiseDate('2026-11-26')).toBe('2026-11-29');
    expect(nearerPromiseDate('2026-12-30', 3)).toBe('2027-01-02');
    expect(dayBeforeReminder('2026-12-01', '2026-11-26')).toBe('2026-11-30');
    expect(dayBeforeReminder('2026-11-26', '2026-11-26')).toBeNull();
  });
});

describe('what the wrap-up pre-selects', () => {
  it('escalation after a crisis, stop-contact once heard, a day-before reminder for a debtor who broke a promise', () => {
    expect(wrapUpSuggestions(session(), false)).toEqual({ escalate: null, stopContact: false, remindDayBefore: false });
    expect(wrapUpSuggestions(session(crisis), false).escalate).toBe('crisis');
    // Dismissed or not, the protocol was shown: the supervisor still hears of it.
    expect(wrapUpSuggestions(session(crisis, { type: 'crisis-dismissed', now: 6 }), false).escalate).toBe('crisis');
    expect(wrapUpSuggestions(session(said('stop-contact'), said('no-money-now')), false).stopContact).toBe(true);
    expect(wrapUpSuggestions(session(), true).remindDayBefore).toBe(true);
  });
});
