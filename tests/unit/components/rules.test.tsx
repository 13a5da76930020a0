// The #15 rules as an agent meets them in the panel: a third party on the line after identity was
// verified, the limitation basis on the card, overrides under policy and for trainees, the badge
// until a supervisor reviews, stop-contact recorded in the wrap-up then blocking, a demand recorded
// with its recording reference, and an instalment plan that stops calls.
import { describe, expect, it } from 'vitest';
import { db, reviewOverrides } from '@/lib/db';
import { casePage, CASE_KEY, cards, field, fireEvent, renderDebtor, say, showFullTexts, screen, waitFor } from './helpers';

const alert = (rule: string) => document.querySelector(`[data-testid="compliance-alert"][data-rule="${rule}"]`) as HTMLElement | null;
const startCall = () => fireEvent.click(screen.getByTestId('start-call'));

const saved = async () => (await db.calls.toArray()).filter((c) => c.outcome).length;

/** Fill the wrap-up and save; resolves once the call is stored with its outcome. */
async function saveWrapUp(outcome: string, extra: () => void = () => {}) {
  const before = await saved();
  fireEvent.change(screen.getByTestId('outcome'), { target: { value: outcome } });
  extra();
  fireEvent.click(screen.getByTestId('save-call'));
  await waitFor(async () => expect(await saved()).toBe(before + 1));
  await screen.findByText('已保存');
}

describe('identity holds under pressure', () => {
  it('"我不是他本人，我是他老婆" after identity was ticked revokes it; her next line gets no disclosing script', async () => {
    await renderDebtor({ page: casePage({ amountOverdue: field(5000), daysPastDue: field(40) }) });
    startCall();
    say('现在手上没钱');
    fireEvent.click(await screen.findByTestId('verify-identity'));
    showFullTexts(); // the full texts carry the figures; the third party's cards must carry none either way
    await waitFor(() => expect(cards().some((c) => /5,?000/.test(c.textContent ?? ''))).toBe(true));
    say('我不是他本人，我是他老婆');
    await waitFor(() => expect(alert('identity-before-disclosure')?.getAttribute('data-severity')).toBe('warn'));
    say('我老公生病住院了');
    await waitFor(() => expect(cards().length).toBeGreaterThan(0));
    for (const c of cards()) expect(c.textContent).not.toMatch(/5,?000|逾期|欠款/);
    // Still a third party: the warning stays, whatever she says next.
    expect(alert('identity-before-disclosure')?.getAttribute('data-severity')).toBe('warn');
  });
});

describe('third parties', () => {
  it('only once the debtor could not be reached, once a day per contact; on the line from the first word', async () => {
    await renderDebtor({ page: casePage({ amountOverdue: field(5000) }) });
    fireEvent.click(screen.getByTestId('contact-other'));
    fireEvent.change(screen.getByTestId('contact-name'), { target: { value: '妻子 李某' } });
    await waitFor(() => expect(alert('third-party-contact')?.getAttribute('data-severity')).toBe('block'));
    // The debtor does not answer.
    fireEvent.click(screen.getByTestId('contact-debtor'));
    startCall();
    await saveWrapUp('no-answer');
    fireEvent.click(screen.getByTestId('contact-other'));
    fireEvent.change(screen.getByTestId('contact-name'), { target: { value: '妻子 李某' } });
    await waitFor(() => expect(alert('third-party-contact')?.getAttribute('data-severity')).toBe('warn'));
    startCall();
    await waitFor(() => expect(cards().length).toBeGreaterThan(0));
    for (const c of cards()) expect(c.textContent).not.toMatch(/5,?000|逾期|欠款/);
    await saveWrapUp('third-party');
    expect((await db.calls.toArray()).filter((c) => c.outcome).map((c) => c.contact ?? 'debtor')).toEqual(['debtor', '妻子 李某']);
    // The second call to her on the same day is blocked; another contact is not limited by hers.
    fireEvent.click(screen.getByTestId('contact-other'));
    fireEvent.change(screen.getByTestId('contact-name'), { target: { value: '妻子 李某' } });
    await waitFor(() => expect(alert('third-party-contact')?.textContent).toContain('已达每人每日上限 1 次'));
    fireEvent.change(screen.getByTestId('contact-name'), { target: { value: '弟弟' } });
    await waitFor(() => expect(alert('third-party-contact')?.getAttribute('data-severity')).toBe('warn'));
  });
});

describe('limitation on evidence', () => {
  it('the card says what the deadline rests on: the due date until a demand is recorded with its recording', async () => {
    await renderDebtor({ page: casePage({ daysPastDue: field(40) }) });
    const basis = await screen.findByTestId('limitation-basis');
    expect(basis.getAttribute('data-basis')).toBe('due-date');
    expect(basis.textContent).toContain('到期日 2026-10-14');
    // A call logged as a conversation without a recorded demand moves nothing.
    startCall();
    await saveWrapUp('refused');
    await waitFor(async () => expect((await db.calls.toArray()).filter((c) => c.outcome === 'refused')).toHaveLength(1));
    expect(screen.getByTestId('limitation-basis').getAttribute('data-basis')).toBe('due-date');
    // A demand recorded as reached, with the recording reference, does.
    startCall();
    await saveWrapUp('refused', () => {
      fireEvent.click(screen.getByTestId('demand-reached'));
      fireEvent.change(screen.getByTestId('recording-ref'), { target: { value: 'REC-20261123-0042' } });
    });
    await waitFor(() => expect(screen.getByTestId('limitation-basis').getAttribute('data-basis')).toBe('demand-reached'));
    expect(screen.getByTestId('limitation-basis').textContent).toContain('录音 REC-20261123-0042');
    expect(document.querySelector('[data-field="limitation"]')!.getAttribute('data-value')).toBe('2029-11-23');
  });

  it('"催收要求已送达本人" without the recording reference is refused, nothing saved', async () => {
    await renderDebtor();
    startCall();
    fireEvent.change(screen.getByTestId('outcome'), { target: { value: 'refused' } });
    fireEvent.click(screen.getByTestId('demand-reached'));
    fireEvent.click(screen.getByTestId('save-call'));
    expect((await screen.findByText('勾选“催收要求已送达本人”时必须填写本通话的录音编号')).getAttribute('role')).toBe('alert');
    expect((await db.calls.toArray()).filter((c) => c.outcome)).toEqual([]);
  });
});

describe('overrides under policy', () => {
  const threeTries = async () => {
    for (const h of [8, 9, 9.5]) {
      await db.calls.add({ debtorKey: CASE_KEY, startedAt: Date.parse('2026-11-23T00:00:00+08:00') + h * 3_600_000, endedAt: 1, outcome: 'no-answer', day: '2026-11-23', timeZone: 'Asia/Shanghai', scenarios: [], scriptsUsed: [], checklist: {}, findings: [], updatedAt: 1 });
    }
  };

  it('stop-contact recorded in the wrap-up blocks the next call, says why, and offers no override', async () => {
    await renderDebtor();
    startCall();
    await saveWrapUp('refused', () => fireEvent.click(screen.getByTestId('stop-contact')));
    await waitFor(() => expect(alert('stop-contact')?.getAttribute('data-severity')).toBe('block'));
    expect(alert('stop-contact')!.textContent).toContain('要求停止来电');
    expect((screen.getByTestId('start-call') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('override-refused').getAttribute('data-why')).toBe('policy');
    expect(screen.queryByTestId('override-reason')).toBeNull();
  });

  it('the daily limit can be overridden with a reason: logged at once, a badge until a supervisor reviews', async () => {
    await threeTries();
    await renderDebtor();
    await waitFor(() => expect(alert('frequency-daily')).not.toBeNull());
    fireEvent.click(screen.getByText('仍要继续（需填写理由）'));
    fireEvent.change(screen.getByTestId('override-reason'), { target: { value: '债务人主动来电要求今日回拨确认还款' } });
    fireEvent.submit(screen.getByTestId('override-reason').closest('form')!);
    await waitFor(async () => expect((await db.audit.where('kind').equals('override').toArray()).length).toBe(1));
    const badge = await screen.findByTestId('overrides-pending');
    expect(badge.textContent).toBe('1 条放行待主管复核');
    expect((screen.getByTestId('start-call') as HTMLButtonElement).disabled).toBe(false);
    const [entry] = await db.audit.where('kind').equals('override').toArray();
    expect(entry!.detail).toMatchObject({ debtorKey: CASE_KEY, rules: ['frequency-daily'], live: true });
    await reviewOverrides([entry!.id!]);
    await waitFor(() => expect(screen.queryByTestId('overrides-pending')).toBeNull());
  });

  it('a trainee is never offered an override', async () => {
    await threeTries();
    await renderDebtor({ settings: { traineeMode: true } });
    await waitFor(() => expect(alert('frequency-daily')).not.toBeNull());
    expect(screen.getByTestId('override-refused').getAttribute('data-why')).toBe('trainee');
    expect(screen.queryByTestId('override-reason')).toBeNull();
  });
});

describe('instalment plan', () => {
  it('a signed plan stops demand calls until an instalment is missed', async () => {
    await renderDebtor({ page: casePage({ amountOverdue: field(6000), daysPastDue: field(40) }) });
    startCall();
    await saveWrapUp('instalment-agreed', () => {
      fireEvent.change(screen.getByTestId('inst-count'), { target: { value: '6' } });
      fireEvent.change(screen.getByTestId('inst-amount'), { target: { value: '1000' } });
      fireEvent.change(screen.getByTestId('inst-first'), { target: { value: '2026-12-10' } });
    });
    await waitFor(() => expect(alert('instalment-plan')?.getAttribute('data-severity')).toBe('block'));
    const promises = await db.promises.where('debtorKey').equals(CASE_KEY).toArray();
    expect(promises.map((p) => p.dueDate)).toEqual(['2026-12-10', '2027-01-10', '2027-02-10', '2027-03-10', '2027-04-10', '2027-05-10']);
    expect((await db.contactRules.toArray())[0]).toMatchObject({ kind: 'instalment-plan', contact: 'debtor' });
    // The first instalment is missed: calls may resume.
    await db.promises.update(promises[0]!.id!, { status: 'broken' });
    await waitFor(() => expect(alert('instalment-plan')?.getAttribute('data-severity')).toBe('info'));
    expect((screen.getByTestId('start-call') as HTMLButtonElement).disabled).toBe(false);
  });
});
