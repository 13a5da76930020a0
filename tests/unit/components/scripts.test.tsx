// The script list on the fake connector: scripts that mention the debt are held back until identity
// is verified; with a third party on the line the compliance banner and the script list say the
// same thing (they read one call session); the card's actions reach the CRM through the connector.
import { describe, expect, it } from 'vitest';
import { loadDefaultPackNode } from '@/lib/packs/load-node';
import { BLANK } from '@/lib/packs/variables';
import { CASE_KEY, casePage, cards, field, fireEvent, renderDebtor, say, screen, waitFor } from './helpers';

const pack = loadDefaultPackNode();
const discloses = new Map([...pack.stageScripts, ...pack.scenarios.flatMap((s) => s.scripts)].map((s) => [s.id, s.discloses]));
const shownDisclosing = () => cards().filter((c) => discloses.get(c.getAttribute('data-script')!));
/** The words as plain text (what goes to the clipboard or the CRM): a blank is BLANK. */
const wordsOf = (card: HTMLElement) => [...card.querySelectorAll('.script-text > span')].map((s) => (s.classList.contains('blank') ? BLANK : s.textContent)).join('');
const thirdPartyAlert = () => document.querySelector('[data-testid="compliance-alert"][data-rule="identity-before-disclosure"]');

async function startCallAtVerify() {
  fireEvent.click(screen.getByTestId('start-call'));
  await waitFor(() => expect(screen.getByTestId('start-call').getAttribute('data-state')).toBe('active'));
  fireEvent.click(document.querySelector('[data-stage="verify"]')!);
  return () => fireEvent.click(document.querySelector('input[data-check="identity-verified"]')!);
}

describe('held-back scripts', () => {
  it('hides the scripts that mention the debt until identity is verified, then shows them filled in', async () => {
    await renderDebtor({ page: casePage({ amountOverdue: field(12345.6) }) });
    say('现在手上没钱');
    const held = await screen.findByTestId('held-back');
    expect(held.textContent).toMatch(/已隐藏 \d+ 条.*核实本人身份/);
    expect(shownDisclosing()).toEqual([]);

    fireEvent.click(screen.getByTestId('verify-identity'));
    await waitFor(() => expect(screen.queryByTestId('held-back')).toBeNull());
    expect(shownDisclosing().length).toBeGreaterThan(0);
    expect(cards().every((c) => c.getAttribute('data-scenario') === 'no-money-now')).toBe(true);
    fireEvent.keyDown(window, { key: 'f', code: 'KeyF', altKey: true }); // the full texts carry the figures
    await waitFor(() => expect(cards().every((c) => c.getAttribute('data-form') === 'full')).toBe(true));
    const amounts = [...document.querySelectorAll('[data-testid="script-card"] .var[data-var="amountOverdue"]')].map((e) => e.textContent);
    expect(amounts.length).toBeGreaterThan(0);
    expect(new Set(amounts)).toEqual(new Set(['12,345.60']));
  });
});

describe('a third party on the line', () => {
  it('the banner warns and the list offers only no-disclosure words, even after identity was verified', async () => {
    await renderDebtor();
    const verify = await startCallAtVerify();
    verify();
    say('现在手上没钱');
    await waitFor(() => expect(shownDisclosing().length).toBeGreaterThan(0));
    expect(thirdPartyAlert()).toBeNull();

    say('你找的人不在这儿'); // someone else has picked up the phone
    await waitFor(() => expect(thirdPartyAlert()).not.toBeNull());
    expect(thirdPartyAlert()!.getAttribute('data-severity')).toBe('warn');
    expect(thirdPartyAlert()!.textContent).toContain('不是债务人本人');
    expect(screen.queryByTestId('verify-identity')).toBeNull();
    expect(cards().length).toBeGreaterThan(0);
    expect(shownDisclosing()).toEqual([]);
    expect(cards().every((c) => c.getAttribute('data-scenario') === 'not-the-debtor')).toBe(true);
  });

  it('once the agent verifies the debtor is back on the line, banner and list both let the debt be mentioned', async () => {
    await renderDebtor();
    const verify = await startCallAtVerify();
    say('你找的人不在这儿');
    await waitFor(() => expect(thirdPartyAlert()).not.toBeNull());
    expect(cards().every((c) => c.getAttribute('data-scenario') === 'not-the-debtor')).toBe(true);

    verify();
    await waitFor(() => expect(thirdPartyAlert()).toBeNull());
    expect(screen.queryByTestId('held-back')).toBeNull();
    say('现在手上没钱');
    await waitFor(() => expect(shownDisclosing().length).toBeGreaterThan(0));
    expect(thirdPartyAlert()).toBeNull();
  });
});

describe('script card actions', () => {
  async function verifiedCards() {
    const connector = await renderDebtor();
    say('现在手上没钱');
    fireEvent.click(await screen.findByTestId('verify-identity'));
    await waitFor(() => expect(shownDisclosing().length).toBeGreaterThan(0));
    return connector;
  }

  it('insert puts the card’s words into the CRM field last focused and marks the script used', async () => {
    const connector = await verifiedCards();
    const card = cards()[0]!;
    fireEvent.click(card.querySelector('[data-testid="insert-script"]')!);
    await waitFor(() => expect(card.getAttribute('data-used')).toBe('true'));
    expect(connector.inserted).toEqual([{ tabId: 7, text: wordsOf(card), target: 'focused', debtor: CASE_KEY }]);
    expect(card.textContent).toContain('已插入 CRM');
  });

  it('a refused insert says so and does not mark the script used', async () => {
    const connector = await renderDebtor({ insertResult: { ok: false, error: 'no-target' } });
    say('你找的人不在这儿');
    await waitFor(() => expect(cards().length).toBeGreaterThan(0));
    const card = cards()[0]!;
    fireEvent.click(card.querySelector('[data-testid="insert-script"]')!);
    await waitFor(() => expect(connector.inserted).toHaveLength(1));
    await waitFor(() => expect(card.querySelector('[role="status"]')).not.toBeNull());
    expect(card.getAttribute('data-used')).toBe('false');
  });

  it('copy goes through the connector', async () => {
    const connector = await verifiedCards();
    const card = cards()[0]!;
    fireEvent.click(screen.getAllByRole('button', { name: '复制' })[0]!);
    await waitFor(() => expect(connector.copied).toEqual([wordsOf(card)]));
    await waitFor(() => expect(card.getAttribute('data-used')).toBe('true'));
  });
});

describe('short forms first, the full text a key away', () => {
  const byId = new Map([...pack.stageScripts, ...pack.scenarios.flatMap((s) => s.scripts)].map((s) => [s.id, s]));
  const scriptOf = (card: HTMLElement) => byId.get(card.getAttribute('data-script')!)!;

  it('a card shows its one-breath form; its toggle shows the full text, and copy takes what is shown', async () => {
    const connector = await renderDebtor({ page: casePage({ amountOverdue: field(12345.6) }) });
    say('现在手上没钱');
    fireEvent.click(await screen.findByTestId('verify-identity'));
    await waitFor(() => expect(cards().length).toBeGreaterThan(0));
    const card = cards()[0]!;
    expect(card.getAttribute('data-form')).toBe('short');
    const short = wordsOf(card);
    expect(short.length).toBeLessThanOrEqual(70); // ≤ 60 as written; a filled variable may be a little longer
    expect(short).toMatch(/[？?]$/);

    fireEvent.click(card.querySelector('[data-testid="full-toggle"]')!);
    expect(card.getAttribute('data-form')).toBe('full');
    const full = wordsOf(card);
    expect(full.length).toBeGreaterThan(short.length);
    const plain = (t: string) => t.replace(/\{\w+\}/g, '');
    expect(full.endsWith(plain(scriptOf(card).text).slice(-6))).toBe(true);
    expect(short.endsWith(plain(scriptOf(card).short!['zh-CN']).slice(-6))).toBe(true);
    fireEvent.click(card.querySelector('[data-testid="full-toggle"]')!);
    expect(card.getAttribute('data-form')).toBe('short');

    fireEvent.click(card.querySelector('button[aria-keyshortcuts="Alt+Shift+1"]')!);
    await waitFor(() => expect(connector.copied).toEqual([short]));
  });

  it('Alt+F turns every card to its full text and back; Alt+C then copies the full text', async () => {
    const connector = await renderDebtor();
    say('现在手上没钱');
    fireEvent.click(await screen.findByTestId('verify-identity'));
    await waitFor(() => expect(cards().length).toBeGreaterThan(1));
    expect(cards().every((c) => c.getAttribute('data-form') === 'short')).toBe(true);
    fireEvent.keyDown(window, { key: 'f', code: 'KeyF', altKey: true });
    await waitFor(() => expect(cards().every((c) => c.getAttribute('data-form') === 'full')).toBe(true));
    const full = wordsOf(cards()[0]!);
    fireEvent.keyDown(window, { key: 'c', code: 'KeyC', altKey: true });
    await waitFor(() => expect(connector.copied).toEqual([full]));
    fireEvent.keyDown(window, { key: 'f', code: 'KeyF', altKey: true });
    await waitFor(() => expect(cards().every((c) => c.getAttribute('data-form') === 'short')).toBe(true));
  });
});
