// The stepper follows the call: ticking identity moves it on to the purpose, and stages jumped over
// when a later stage's situation is handled are shown as skipped, never as done.
import { describe, expect, it } from 'vitest';
import { cards, fireEvent, renderDebtor, say, screen, waitFor } from './helpers';

const stageState = (id: string) => document.querySelector(`[data-stage="${id}"]`)!.getAttribute('data-state');

async function startCall() {
  fireEvent.click(screen.getByTestId('start-call'));
  await waitFor(() => expect(screen.getByTestId('start-call').getAttribute('data-state')).toBe('active'));
}

describe('stepper', () => {
  it('moves on to 说明来意 when identity is ticked', async () => {
    await renderDebtor();
    await startCall();
    fireEvent.click(document.querySelector('[data-stage="verify"]')!);
    expect(stageState('verify')).toBe('current');
    fireEvent.click(document.querySelector('input[data-check="identity-verified"]')!);
    await waitFor(() => expect(stageState('purpose')).toBe('current'));
    expect(stageState('verify')).toBe('done');
  });

  it('marks the steps jumped over as skipped, not done, when a later stage’s situation is handled', async () => {
    await renderDebtor();
    await startCall();
    say('我下个月发工资再还');
    fireEvent.click(await screen.findByTestId('verify-identity'));
    await waitFor(() => expect(cards().length).toBeGreaterThan(0));
    fireEvent.click(cards()[0]!.querySelector('button[aria-pressed]')!); // 标记已用: a script of a later stage
    await waitFor(() => expect(['negotiate', 'commit']).toContain(document.querySelector('.stage[aria-current="step"]')?.getAttribute('data-stage')));
    expect(stageState('verify')).toBe('done');
    expect(stageState('purpose')).toBe('skipped');
    expect(stageState('understand')).toBe('skipped');
    expect(document.querySelectorAll('.stage.done[data-stage="purpose"], .stage.done[data-stage="understand"]')).toHaveLength(0);
  });
});
