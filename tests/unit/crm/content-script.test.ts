// The CRM content script's definition: what it tells the CRM page about itself.
import { describe, expect, it, vi } from 'vitest';
import crm from '@/entrypoints/crm.content';

describe('the CRM content script', () => {
  it('does not announce itself (and the extension id) to the page with window.postMessage', () => {
    expect(crm.noScriptStartedPostMessage).toBe(true);
  });

  it('posts nothing to the page when WXT starts it', async () => {
    const { ContentScriptContext } = await import('wxt/utils/content-script-context');
    const post = vi.spyOn(window, 'postMessage');
    const { main: _main, ...options } = crm;
    const ctx = new ContentScriptContext('crm', options);
    expect(post).not.toHaveBeenCalled();
    ctx.abort();
  });
});
