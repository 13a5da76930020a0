// The agent profile from Options fills the opening scripts: the agent's name, staff number,
// callback line and the bank's name, instead of 待填 blanks.
import { describe, expect, it } from 'vitest';
import { cards, casePage, fireEvent, renderDebtor, screen, waitFor } from './helpers';
import { fillToString, variablesFromContext } from '@/lib/packs/variables';

describe('agent profile', () => {
  it('fills {agentName} and {bankName} in the opening scripts', async () => {
    await renderDebtor({ settings: { agentName: '王琳', agentId: 'A1027', callbackNumber: '95555', bankName: '示例银行' } });
    fireEvent.click(screen.getByTestId('start-call'));
    await waitFor(() => expect(cards().length).toBeGreaterThan(0));
    const opening = cards().map((c) => c.textContent ?? '').join('\n');
    expect(opening).toContain('王琳');
    expect(opening).toContain('示例银行');
    expect(document.querySelectorAll('[data-testid="script-card"] .blank[data-var^="agent"], [data-testid="script-card"] .blank[data-var="bankName"]')).toHaveLength(0);
  });

  it('takes the agent from the CRM header when Options has no profile', async () => {
    await renderDebtor({ page: casePage({}, { agent: { id: 'A1027', name: '王琳' } }) });
    fireEvent.click(screen.getByTestId('start-call'));
    await waitFor(() => expect(cards().length).toBeGreaterThan(0));
    expect(cards().map((c) => c.textContent).join('\n')).toContain('王琳');
    expect(document.querySelectorAll('[data-testid="script-card"] .blank[data-var="agentName"]')).toHaveLength(0);
  });

  it('offers {agentId} and {callbackNumber} to pack scripts', () => {
    const vars = variablesFromContext(null, { agentName: '王琳', agentId: 'A1027', callbackNumber: '95555' });
    expect(fillToString('我是{agentName}，工号{agentId}，回拨请打{callbackNumber}。', vars)).toBe('我是王琳，工号A1027，回拨请打95555。');
  });
});
