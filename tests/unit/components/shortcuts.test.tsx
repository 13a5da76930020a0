// Agents at speed: help from anywhere (F1, Ctrl+/, `?` in the empty utterance box), Esc leaves the
// box, a Chinese IME's full-width `？` `／` work, every visible card has its own copy key, and Alt+S
// asks before ending a call that has no wrap-up yet.
import { describe, expect, it } from 'vitest';
import { cards, fireEvent, renderDebtor, say, screen, waitFor } from './helpers';

const box = () => screen.getByTestId('utterance-input');
const help = () => screen.queryByTestId('help-overlay');
const closeHelp = () => fireEvent.click(screen.getByRole('button', { name: '关闭' }));

describe('shortcuts', () => {
  it('opens the help from the utterance box with ?, F1 and Ctrl+/', async () => {
    await renderDebtor();
    box().focus();
    fireEvent.keyDown(box(), { key: '?', code: 'Slash', shiftKey: true });
    expect(help()).not.toBeNull();
    closeHelp();
    say('现在手上没钱');
    fireEvent.keyDown(box(), { key: 'F1', code: 'F1' });
    expect(help()).not.toBeNull();
    closeHelp();
    fireEvent.keyDown(box(), { key: '/', code: 'Slash', ctrlKey: true });
    expect(help()).not.toBeNull();
  });

  it('works with the characters a Chinese IME produces', async () => {
    await renderDebtor();
    fireEvent.keyDown(document.body, { key: '？', code: 'Slash', shiftKey: true });
    expect(help()).not.toBeNull();
    closeHelp();
    fireEvent.keyDown(document.body, { key: '／', code: 'Slash' });
    expect(document.activeElement).toBe(box());
    fireEvent.keyDown(box(), { key: 'Escape', code: 'Escape' });
    expect(document.activeElement).not.toBe(box());
    fireEvent.keyDown(document.body, { key: 'Process', code: 'Slash', shiftKey: true, keyCode: 229 });
    expect(help()).not.toBeNull();
  });

  it('does not take a question mark typed into an utterance', async () => {
    await renderDebtor();
    say('你们是骗子吧');
    fireEvent.keyDown(box(), { key: '？', code: 'Slash', shiftKey: true });
    expect(help()).toBeNull();
  });

  it('copies the second and third visible cards with Alt+Shift+2 and Alt+Shift+3', async () => {
    const connector = await renderDebtor();
    say('我下个月发工资再还');
    fireEvent.click(await screen.findByTestId('verify-identity'));
    await waitFor(() => expect(cards().length).toBeGreaterThanOrEqual(3));
    expect(cards()[1]!.querySelector('[data-testid="card-key"]')!.textContent).toBe('Alt+Shift+2');
    const [, second, third] = cards().map((c) => c.getAttribute('data-script'));
    const copiedScript = () => cards().find((c) => c.getAttribute('data-used') === 'true')?.getAttribute('data-script');
    fireEvent.keyDown(document.body, { key: '@', code: 'Digit2', altKey: true, shiftKey: true });
    await waitFor(() => expect(connector.copied).toHaveLength(1));
    expect(copiedScript()).toBe(second); // logged as used, as the card's own button does
    fireEvent.keyDown(box(), { key: '#', code: 'Digit3', altKey: true, shiftKey: true });
    await waitFor(() => expect(connector.copied).toHaveLength(2));
    expect(cards().filter((c) => c.getAttribute('data-used') === 'true').map((c) => c.getAttribute('data-script')).sort()).toEqual([second, third].sort());
  });

  it('asks before Alt+S ends a call with no wrap-up; a second Alt+S ends it', async () => {
    await renderDebtor();
    const altS = () => fireEvent.keyDown(document.body, { key: 's', code: 'KeyS', altKey: true });
    altS();
    await waitFor(() => expect(screen.getByTestId('start-call').getAttribute('data-state')).toBe('active'));
    altS();
    expect(await screen.findByTestId('end-call-confirm')).toBeTruthy();
    expect(screen.getByTestId('start-call').getAttribute('data-state')).toBe('active');
    fireEvent.keyDown(screen.getByTestId('end-call-confirm'), { key: 'Escape' });
    expect(screen.queryByTestId('end-call-confirm')).toBeNull();
    altS();
    altS();
    await waitFor(() => expect(screen.getByTestId('start-call').getAttribute('data-state')).not.toBe('active'));
  });
});
