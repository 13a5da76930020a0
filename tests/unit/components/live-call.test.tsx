// The live call drives the panel (issue #18): debtor turns heard on the tab change the cards as if
// typed; a card being read is not replaced (the new situation waits in the tray); crisis words take over.
import { describe, expect, it, vi } from 'vitest';
import type { FakeConnector } from '@/lib/connector-fake';
import { turn } from './live-turns';
import { act, cards, fireEvent, renderDebtor, say, screen, waitFor } from './helpers';

const scenarioShown = () => cards()[0]?.getAttribute('data-scenario');
const later = (ms: number) => act(() => void vi.setSystemTime(Date.now() + ms));

/** A call started, the debtor's first objection heard and identity verified: its cards are on screen. */
async function firstObjection(c: FakeConnector, typed = false) {
  fireEvent.click(screen.getByTestId('start-call'));
  if (typed) say('我现在手头真的没钱');
  else act(() => c.hear([turn('debtor', '我现在手头真的没钱')]));
  fireEvent.click(await screen.findByTestId('verify-identity'));
  await waitFor(() => expect(scenarioShown()).toBe('no-money-now'));
}

describe('live feed', () => {
  it('shows the last turns with their speaker once turns arrive, interim words greyed', async () => {
    const c = await renderDebtor();
    expect(screen.queryByTestId('live-feed')).toBeNull();
    act(() => c.hear([turn('agent', '您好，我是招商银行信用卡中心的客服'), turn('debtor', '嗯你说', false, 'd1')]));
    const feed = await screen.findByTestId('live-feed');
    const items = feed.querySelectorAll('[data-speaker]');
    expect([...items].map((i) => i.getAttribute('data-speaker'))).toEqual(['agent', 'debtor']);
    expect(items[1]!.className).toContain('interim');
    act(() => c.hear([turn('debtor', '嗯你说吧', true, 'd1')]));
    expect(feed.querySelectorAll('[data-speaker]')[1]!.className).not.toContain('interim');
  });

  it('ignores turns heard on another tab', async () => {
    const c = await renderDebtor();
    act(() => c.hear([turn('debtor', '我现在真的没钱')], 99));
    expect(screen.queryByTestId('live-feed')).toBeNull();
  });
});

describe('cards without typing', () => {
  it('a final debtor turn changes the cards as typing it would; an interim one does not', async () => {
    const c = await renderDebtor();
    fireEvent.click(screen.getByTestId('start-call'));
    act(() => c.hear([turn('debtor', '我现在手头真的没钱', false, 'x')]));
    expect(scenarioShown()).not.toBe('no-money-now');
    act(() => c.hear([turn('debtor', '我现在手头真的没钱', true, 'x')]));
    fireEvent.click(await screen.findByTestId('verify-identity'));
    await waitFor(() => expect(scenarioShown()).toBe('no-money-now'));
    await later(5_000);
    act(() => c.hear([turn('debtor', '等我下个月发了工资再还你们')]));
    await waitFor(() => expect(scenarioShown()).toBe('after-payday'));
  });

  it('a card being read is not replaced: the new situation waits in the tray until Alt+N', async () => {
    const c = await renderDebtor();
    await firstObjection(c);
    await later(5_000);
    // The agent is reading the card out: its own turn is in progress.
    act(() => c.hear([turn('agent', '我理解您现在的难处，我们', false, 'a1')]));
    act(() => c.hear([turn('debtor', '等我下个月发了工资再还你们')]));
    const tray = await screen.findByTestId('new-tray');
    expect(scenarioShown()).toBe('no-money-now');
    expect(tray.getAttribute('data-count')).toBe('1');
    expect(tray.getAttribute('data-scenario')).toBe('after-payday');
    fireEvent.keyDown(window, { key: 'n', code: 'KeyN', altKey: true });
    await waitFor(() => expect(scenarioShown()).toBe('after-payday'));
    expect(screen.queryByTestId('new-tray')).toBeNull();
  });

  it('pointer over the cards trays the new situation; a click brings it in', async () => {
    const c = await renderDebtor();
    await firstObjection(c);
    await later(5_000);
    fireEvent.pointerEnter(screen.getByTestId('script-list').parentElement!);
    act(() => c.hear([turn('debtor', '等我下个月发了工资再还你们')]));
    await screen.findByTestId('new-tray');
    expect(scenarioShown()).toBe('no-money-now');
    fireEvent.click(screen.getByTestId('new-tray-bring'));
    await waitFor(() => expect(scenarioShown()).toBe('after-payday'));
  });

  it('focus on a card’s button trays the new situation; a button gone with its click does not hold the cards', async () => {
    const c = await renderDebtor();
    await firstObjection(c);
    await later(5_000);
    const button = screen.getAllByTestId('insert-script')[0]!;
    act(() => button.focus());
    act(() => c.hear([turn('debtor', '等我下个月发了工资再还你们')]));
    await screen.findByTestId('new-tray');
    fireEvent.click(screen.getByTestId('new-tray-bring'));
    await waitFor(() => expect(scenarioShown()).toBe('after-payday'));
    await later(5_000);
    // A focused card button leaves the page with its click (no blur event): the cards are free again.
    const gone = screen.getAllByTestId('insert-script')[0]!;
    act(() => gone.focus());
    expect(document.activeElement).toBe(gone);
    act(() => gone.remove());
    act(() => c.hear([turn('debtor', '我现在手上真的一分钱都没有')]));
    await waitFor(() => expect(scenarioShown()).toBe('no-money-now'));
    expect(screen.queryByTestId('new-tray')).toBeNull();
  });

  it('crisis words take over at once, even while the agent reads', async () => {
    const c = await renderDebtor();
    await firstObjection(c);
    fireEvent.pointerEnter(screen.getByTestId('script-list').parentElement!);
    act(() => c.hear([turn('debtor', '我真的不想活了，活着没意思')]));
    await screen.findByTestId('crisis-protocol');
    expect(screen.queryByTestId('new-tray')).toBeNull();
  });

  it('typing wins while the agent types: a heard turn waits in the tray', async () => {
    const c = await renderDebtor();
    await firstObjection(c, true);
    act(() => c.hear([turn('debtor', '等我下个月发了工资再还你们')]));
    await screen.findByTestId('new-tray');
    expect(scenarioShown()).toBe('no-money-now');
  });
});
