// The panel's "设置 → CRM 网站" link: the browser connector opens the options page with the section
// in its hash, and the options page scrolls there once its sections have rendered.
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { createBrowserConnector } from '@/lib/connector';
import './helpers';

describe('options page at a section', () => {
  it('the connector opens options.html#crm-sites in a tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await createBrowserConnector('').openOptions('crm-sites');
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/options\.html#crm-sites$/) });
  });

  it('options.html#crm-sites scrolls to the CRM sites section once it is there', async () => {
    const scrolled: string[] = [];
    const spy = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
      scrolled.push(this.id);
    });
    history.replaceState(null, '', '#crm-sites');
    render(<OptionsApp />);
    await screen.findByTestId('crm-sites', {}, { timeout: 5_000 });
    await waitFor(() => expect(scrolled).toContain('crm-sites'));
    spy.mockRestore();
    history.replaceState(null, '', '#');
  });
});
