// The agent's own words on the live call (issue #18): the checklist ticks itself (and never ticks
// identity verified), a threatening or disclosing line raises the live warning, the promise read
// back pre-fills the wrap-up, and the transcript text is kept only when policy says so.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { turn } from './live-turns';
import { act, casePage, field, fireEvent, renderDebtor, screen, waitFor } from './helpers';

const item = (id: string) => document.querySelector(`[data-testid="checklist-item"][data-item="${id}"]`);
const checked = (id: string) => item(id)?.getAttribute('data-checked');
const input = (id: string) => screen.getByTestId(id) as HTMLInputElement;
const toStage = (stage: string) => fireEvent.click(document.querySelector(`[data-stage="${stage}"]`)!);

describe('a checklist that ticks itself', () => {
  it('ticks the recording notice when the agent says it in its own words, with the words heard', async () => {
    const c = await renderDebtor();
    fireEvent.click(screen.getByTestId('start-call'));
    expect(checked('recording-notice')).toBe('false');
    act(() => c.hear([turn('agent', '您好，先跟您说一声，咱们这个电话是全程录音的')]));
    await waitFor(() => expect(checked('recording-notice')).toBe('true'));
    expect(item('recording-notice')!.querySelector('[data-testid="heard-badge"]')).toBeTruthy();
    expect(item('recording-notice')!.textContent).toContain('全程录音');
  });

  it('does not tick from unrelated words, nor from interim ones', async () => {
    const c = await renderDebtor();
    fireEvent.click(screen.getByTestId('start-call'));
    act(() => c.hear([turn('agent', '今天天气挺好的，您那边吃过饭了吗'), turn('agent', '本次通话会被录音', false)]));
    await screen.findByTestId('live-feed');
    expect(screen.getAllByTestId('checklist-item').map((li) => li.getAttribute('data-checked'))).not.toContain('true');
  });

  it('the agent can untick a heard item, and the same words do not tick it again', async () => {
    const c = await renderDebtor();
    fireEvent.click(screen.getByTestId('start-call'));
    act(() => c.hear([turn('agent', '提醒您一下，本次通话会被录音')]));
    await waitFor(() => expect(checked('recording-notice')).toBe('true'));
    fireEvent.click(item('recording-notice')!.querySelector('input')!);
    expect(checked('recording-notice')).toBe('false');
    expect(item('recording-notice')!.querySelector('[data-testid="heard-badge"]')).toBeNull();
    act(() => c.hear([turn('agent', '再说一遍，我们的通话有录音')]));
    await waitFor(() => expect(screen.getByTestId('live-feed').textContent).toContain('再说一遍'));
    expect(checked('recording-notice')).toBe('false');
  });

  it('asking who is on the line ticks "identity asked", never "identity verified"', async () => {
    const c = await renderDebtor();
    fireEvent.click(screen.getByTestId('start-call'));
    toStage('verify');
    act(() => c.hear([turn('agent', '请问您是张伟先生本人吗？麻烦报一下身份证后四位')]));
    await waitFor(() => expect(checked('identity-asked')).toBe('true'));
    expect(checked('identity-verified')).toBe('false');
    expect(screen.getByTestId('identity-asked-note')).toBeTruthy();
  });

  it('the promise read back ticks its date, amount and method and the recap', async () => {
    const c = await renderDebtor();
    fireEvent.click(screen.getByTestId('start-call'));
    toStage('commit');
    act(() => c.hear([turn('agent', '好的，我跟您确认一下，您12月15号之前用手机银行还3000元，对吧')]));
    await waitFor(() => expect(checked('ptp-date')).toBe('true'));
    expect([checked('ptp-amount'), checked('ptp-method')]).toEqual(['true', 'true']);
    toStage('close');
    expect(checked('recap')).toBe('true');
  });
});

describe('live lint of the agent’s words', () => {
  it('a threatening line raises the warning with the lawful phrasing; a lawful line does not', async () => {
    const c = await renderDebtor();
    fireEvent.click(screen.getByTestId('start-call'));
    act(() => c.hear([turn('agent', '我理解您的难处，我们一起想办法')]));
    await screen.findByTestId('live-feed');
    expect(screen.queryByTestId('live-lint')).toBeNull();
    act(() => c.hear([turn('agent', '你再不还，我们就起诉你，让你去坐牢')]));
    const warning = await screen.findByTestId('live-lint');
    expect(warning.querySelector('[data-rule="threat"]')).toBeTruthy();
    expect(screen.getByTestId('live-lint-suggestion').textContent!.length).toBeGreaterThan(5);
    fireEvent.click(screen.getByTestId('live-lint-dismiss'));
    expect(screen.queryByTestId('live-lint')).toBeNull();
  });

  it('naming the debt while a third party is on the line is a disclosure', async () => {
    const c = await renderDebtor();
    fireEvent.click(screen.getByTestId('start-call'));
    act(() => c.hear([turn('debtor', '他不在，我是他老婆，你找他什么事')]));
    act(() => c.hear([turn('agent', '这笔欠款比较急，麻烦您让他尽快回个电话')]));
    const warning = await screen.findByTestId('live-lint');
    expect(warning.querySelector('[data-rule="third-party-disclosure"]')?.getAttribute('data-severity')).toBe('block');
  });
});

describe('wrap-up pre-filled from the call', () => {
  it('the agent’s read-back wins over the debtor’s words; the agent still confirms', async () => {
    const c = await renderDebtor({ page: casePage({ minimumPayment: field(1286) }) }); // today: 2026-11-23
    fireEvent.click(screen.getByTestId('start-call'));
    act(() => c.hear([turn('debtor', '那我下个月10号还两千吧'), turn('agent', '好的，跟您确认一下，12月15号前用支付宝还2500元，对吗')]));
    await waitFor(() => expect(input('note-input').disabled).toBe(false));
    fireEvent.change(input('outcome'), { target: { value: 'ptp' } });
    await waitFor(() => expect(input('ptp-date').value).toBe('2026-12-15'));
    expect(input('ptp-amount').value).toBe('2500');
    expect(input('ptp-method').value).toBe('微信/支付宝还款');
    expect(await db.calls.filter((x) => x.outcome !== undefined).count()).toBe(0); // nothing saved without the agent
  });

  it('words heard after 承诺还款 was chosen fill the fields still empty', async () => {
    const c = await renderDebtor();
    fireEvent.click(screen.getByTestId('start-call'));
    await waitFor(() => expect(input('note-input').disabled).toBe(false));
    fireEvent.change(input('outcome'), { target: { value: 'ptp' } });
    fireEvent.change(input('ptp-amount'), { target: { value: '900' } });
    act(() => c.hear([turn('debtor', '我明天在柜台还一千')]));
    await waitFor(() => expect(input('ptp-date').value).toBe('2026-11-24'));
    expect(input('ptp-amount').value).toBe('900'); // the agent's own entry stays
    expect(input('ptp-method').value).toBe('柜台');
  });
});

async function saveRefusedCall(c: Awaited<ReturnType<typeof renderDebtor>>) {
  act(() => c.hear([turn('debtor', '我就是不还，你们爱怎么样怎么样'), turn('agent', '你不还我们就起诉你，让你去坐牢')]));
  await screen.findByTestId('live-lint');
  await waitFor(() => expect(input('note-input').disabled).toBe(false));
  fireEvent.change(input('outcome'), { target: { value: 'refused' } });
  fireEvent.click(screen.getByTestId('save-call'));
  await waitFor(async () => expect(await db.calls.filter((x) => x.outcome === 'refused').count()).toBe(1));
  return (await db.calls.filter((x) => x.outcome === 'refused').first())!;
}

describe('keepTranscript', () => {
  it('off (the default): no transcript stored; the live finding is kept without the words', async () => {
    const c = await renderDebtor();
    fireEvent.click(screen.getByTestId('start-call'));
    const call = await saveRefusedCall(c);
    expect(call.transcript).toBeUndefined();
    const live = call.findings.filter((f) => f.heardLive);
    expect(live.map((f) => f.ruleId)).toContain('threat');
    expect(live.every((f) => f.heardLive!.words === undefined && f.span === undefined)).toBe(true);
    expect(JSON.stringify(call)).not.toContain('你不还我们就起诉你');
    expect(JSON.stringify(call)).not.toContain('爱怎么样');
  });

  it('on: the turns’ text is stored with the call, and the findings keep their words', async () => {
    const c = await renderDebtor({ settings: { keepTranscript: true } });
    fireEvent.click(screen.getByTestId('start-call'));
    const call = await saveRefusedCall(c);
    expect(call.transcript?.map((t) => [t.speaker, t.text])).toEqual([
      ['debtor', '我就是不还，你们爱怎么样怎么样'],
      ['agent', '你不还我们就起诉你，让你去坐牢'],
    ]);
    expect(call.findings.find((f) => f.heardLive)?.heardLive?.words).toBe('你不还我们就起诉你，让你去坐牢');
    // The next call starts with an empty feed.
    expect(screen.queryByTestId('live-feed')).toBeNull();
  });
});
