// The panel on a small pack built in code (tests/unit/call/fixtures): the crisis protocol's safety
// card and its hold on payment talk, the heir verification the estate script waits for, the
// broken-promise flag quoting the earlier promise, and what the wrap-up pre-selects from the call.
import { beforeAll, describe, expect, it } from 'vitest';
import { isPaymentScript } from '@/lib/call/crisis';
import { addPromise, db, flagBrokenPromises } from '@/lib/db';
import { setDefaultPackLoader } from '@/lib/packs/library';
import { routingPack } from '../call/fixtures';
import { CASE_KEY, cards, casePage, field, fireEvent, renderDebtor, say, screen, waitFor } from './helpers';

const pack = routingPack();
const byId = new Map([...pack.stageScripts, ...pack.scenarios.flatMap((s) => s.scripts)].map((s) => [s.id, s]));
const shownIds = () => cards().map((c) => c.getAttribute('data-script')!);
const shownPayment = () => shownIds().filter((id) => isPaymentScript(byId.get(id)!));
const pick = (id: string) => fireEvent.click(document.querySelector(`[data-testid="quick-pick"][data-scenario="${id}"]`)!);
const input = (id: string) => screen.getByTestId(id) as HTMLInputElement;

beforeAll(() => setDefaultPackLoader(async () => routingPack()));

async function startVerifiedCall() {
  await renderDebtor({ page: casePage({ amountOverdue: field(5000), minimumPayment: field(800) }) });
  fireEvent.click(screen.getByTestId('start-call'));
  await waitFor(() => expect(screen.getByTestId('start-call').getAttribute('data-state')).toBe('active'));
  fireEvent.click(document.querySelector('[data-stage="verify"]')!);
  fireEvent.click(document.querySelector('input[data-check="identity-verified"]')!);
}

async function saveWrapUp(outcome: string, extra: () => void = () => {}) {
  const before = await db.calls.filter((c) => c.outcome !== undefined).count();
  fireEvent.change(screen.getByTestId('outcome'), { target: { value: outcome } });
  extra();
  fireEvent.click(screen.getByTestId('save-call'));
  await waitFor(async () => expect(await db.calls.filter((c) => c.outcome !== undefined).count()).toBe(before + 1));
}

describe('crisis protocol', () => {
  it('a crisis heard shows the safety card at the top, hides payment talk for the rest of the call, until dismissed with a confirmation', async () => {
    await startVerifiedCall();
    say('手上没钱');
    await waitFor(() => expect(shownPayment().length).toBeGreaterThan(0));
    expect(screen.queryByTestId('crisis-protocol')).toBeNull();

    say('我真的不想活了');
    const card = await screen.findByTestId('crisis-protocol');
    expect(card.getAttribute('role')).toBe('alert');
    for (const words of ['12356', '120', '110', '安全', '主管']) expect(card.textContent).toContain(words);
    // At the top: before the context card and the call bar.
    expect(card.compareDocumentPosition(screen.getByTestId('start-call')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await waitFor(() => expect(shownIds()).toContain('crisis-listen'));
    expect(shownPayment()).toEqual([]);

    // Sticky: the next words are about money again; the protocol holds.
    say('手上没钱');
    await waitFor(() => expect(shownIds()).toContain('nm-empathy'));
    expect(screen.getByTestId('crisis-protocol')).toBeTruthy();
    expect(shownPayment()).toEqual([]);
    expect(screen.getByTestId('crisis-hidden').textContent).toMatch(/已隐藏 \d+ 条还款类话术/);

    fireEvent.click(screen.getByTestId('crisis-dismiss'));
    expect(screen.getByTestId('crisis-protocol')).toBeTruthy(); // asks first
    fireEvent.click(screen.getByTestId('crisis-confirm-dismiss'));
    await waitFor(() => expect(screen.queryByTestId('crisis-protocol')).toBeNull());
    await waitFor(() => expect(shownPayment().length).toBeGreaterThan(0));
  });

  it('the wrap-up proposes escalating to a supervisor; the saved call records the protocol and the escalation', async () => {
    await startVerifiedCall();
    pick('crisis');
    await screen.findByTestId('crisis-protocol');
    await waitFor(() => expect(input('escalate').checked).toBe(true));
    await saveWrapUp('callback');
    const call = (await db.calls.toArray()).find((c) => c.outcome !== undefined);
    expect(call!.crisisProtocol?.shownAt).toEqual(expect.any(Number));
    expect(call!.escalation).toEqual({ reason: 'crisis' });
    expect(call!.scenarios).toContain('crisis');
  });

  it('a call ended with the protocol shown and no wrap-up saved still records it', async () => {
    await startVerifiedCall();
    say('我真的不想活了');
    await screen.findByTestId('crisis-protocol');
    await waitFor(async () => expect(await db.calls.count()).toBeGreaterThan(0)); // the call's record exists
    fireEvent.click(screen.getByTestId('start-call')); // end call
    await waitFor(async () => expect((await db.calls.toArray()).find((c) => c.endedAt !== undefined)?.crisisProtocol?.shownAt).toEqual(expect.any(Number)));
  });

  it('the agent may untick the escalation: nothing is recorded as escalated, the protocol still is', async () => {
    await startVerifiedCall();
    pick('crisis');
    await waitFor(() => expect(input('escalate').checked).toBe(true));
    await saveWrapUp('callback', () => fireEvent.click(input('escalate')));
    const call = (await db.calls.toArray()).find((c) => c.outcome !== undefined);
    expect(call!.escalation).toBeUndefined();
    expect(call!.crisisProtocol).toBeDefined();
  });
});

describe('third party and heir', () => {
  it('the family says the debtor died: condolences first; the estate script waits for the heir to be verified', async () => {
    await startVerifiedCall();
    pick('not-the-debtor');
    pick('deceased');
    await waitFor(() => expect(shownIds()[0]).toBe('deceased-condolence'));
    expect(shownIds()).toContain('ntd-callback');
    expect(shownIds()).not.toContain('deceased-estate');
    expect(screen.getByTestId('verification-held').textContent).toContain('1');
    const box = document.querySelector('input[data-testid="verification"][data-check="heir-verified"]') as HTMLInputElement;
    expect(box.closest('label')!.textContent).toContain('已核实继承人身份');
    fireEvent.click(box);
    await waitFor(() => expect(shownIds()).toContain('deceased-estate'));
    expect(screen.queryByTestId('verification-held')).toBeNull();
  });
});

describe('a debtor who broke a promise', () => {
  async function withBrokenPromise() {
    await addPromise(CASE_KEY, { amount: 2000, dueDate: '2026-11-20', method: '微信' }, db, new Date('2026-11-18T15:00:00+08:00').getTime());
    await flagBrokenPromises('2026-11-23');
  }

  it('the flag quotes the earlier promise and proposes a nearer date; a vague promise brings the broken-promise scripts first', async () => {
    await withBrokenPromise();
    await startVerifiedCall();
    const flag = await screen.findByTestId('broken-promise');
    expect(screen.getByTestId('broken-promise-quote').textContent).toMatch(/您 2026-11-18 说过用微信还.*2,000/);
    expect(screen.getByTestId('broken-promise-nearer').textContent).toContain('2026-11-26');
    expect(flag.getAttribute('role')).toBe('alert');
    pick('vague-promise');
    await waitFor(() => expect(shownIds()[0]).toBe('bp-quote'));
    expect(shownIds()).toContain('vp-pin');
  });

  it('a new promise from such a debtor gets a reminder the day before, pre-ticked; the agent saves it', async () => {
    await withBrokenPromise();
    await startVerifiedCall();
    await screen.findByTestId('broken-promise');
    fireEvent.change(screen.getByTestId('outcome'), { target: { value: 'ptp' } });
    fireEvent.change(input('ptp-amount'), { target: { value: '2000' } });
    fireEvent.change(input('ptp-date'), { target: { value: '2026-11-27' } });
    fireEvent.change(input('ptp-method'), { target: { value: '微信' } });
    expect(input('remind-day-before').checked).toBe(true);
    expect(screen.getByTestId('remind-day-before-row').textContent).toContain('2026-11-26');
    await saveWrapUp('ptp');
    const promise = (await db.promises.toArray()).find((p) => p.dueDate === '2026-11-27');
    expect(promise?.remindOn).toBe('2026-11-26');
  });

  it('no reminder is offered to a debtor without a broken promise', async () => {
    await startVerifiedCall();
    fireEvent.change(screen.getByTestId('outcome'), { target: { value: 'ptp' } });
    fireEvent.change(input('ptp-date'), { target: { value: '2026-11-27' } });
    expect(screen.queryByTestId('remind-day-before')).toBeNull();
  });
});

describe('stop-contact', () => {
  it('"别再打了" pre-selects the stop-contact request in the wrap-up; saved, it is a contact rule for this contact', async () => {
    await startVerifiedCall();
    expect(input('stop-contact').checked).toBe(false);
    pick('stop-contact');
    await waitFor(() => expect(input('stop-contact').checked).toBe(true));
    expect(screen.getByTestId('stop-contact-suggested')).toBeTruthy();
    await saveWrapUp('refused');
    const rules = await db.contactRules.toArray();
    expect(rules.map((r) => [r.kind, r.contact])).toEqual([['stop-contact', 'debtor']]);
  });

  it('the agent can untick the pre-selection: nothing is recorded', async () => {
    await startVerifiedCall();
    pick('stop-contact');
    await waitFor(() => expect(input('stop-contact').checked).toBe(true));
    await saveWrapUp('refused', () => fireEvent.click(input('stop-contact')));
    expect(await db.contactRules.count()).toBe(0);
  });
});
