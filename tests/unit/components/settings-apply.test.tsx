// Settings that save apply wherever they are shown: the checklist and the legal notes name the
// calling hours in effect, and follow the options page when it saves another end.
import { describe, expect, it } from 'vitest';
import { act, renderDebtor, screen, waitFor } from './helpers';

const hoursItem = () => document.querySelector('[data-check="check-hours"]')?.closest('label')?.textContent ?? '';

describe('the calling hours in the panel follow the settings', () => {
  it('the prepare checklist says the window in effect, and changes when options save a new end', async () => {
    const conn = await renderDebtor({ settings: { callWindowEnd: '20:00', traineeMode: true } });
    await waitFor(() => expect(hoursItem()).toContain('08:00–20:00'));
    expect(hoursItem()).not.toContain('21:00');
    act(() => conn.setSettings({ callWindowEnd: '22:00' }));
    await waitFor(() => expect(hoursItem()).toContain('08:00–22:00'));
    expect(screen.getByTestId('legal-notes').textContent).toContain('08:00–22:00');
    expect(screen.getByTestId('legal-notes').textContent).not.toContain('{callWindow}');
  });

  it('a window looser than the profile shows the clamped one, as the guard applies it', async () => {
    await renderDebtor({ settings: { callWindowStart: '07:00', callWindowEnd: '23:00' } });
    await waitFor(() => expect(hoursItem()).toContain('08:00–22:00'));
  });
});
