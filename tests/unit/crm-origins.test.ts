import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_SCRIPT_FILE, syncCrmContentScripts, toMatchPattern } from '@/lib/background/crm-origins';

describe('CRM origins', () => {
  it('turns what a supervisor types into a match pattern, refusing non-web addresses', () => {
    expect(toMatchPattern('https://crm.example-bank.cn/case/1?id=2')).toBe('https://crm.example-bank.cn/*');
    expect(toMatchPattern('https://*.example-bank.cn/*')).toBe('https://*.example-bank.cn/*');
    expect(toMatchPattern('ftp://x.cn/')).toBeNull();
    expect(toMatchPattern('not a url')).toBeNull();
    // A bare host, as supervisors type it, is the https site.
    expect(toMatchPattern('crm.example-bank.cn')).toBe('https://crm.example-bank.cn/*');
    expect(toMatchPattern(' crm.example-bank.cn:8443/case/1 ')).toBe('https://crm.example-bank.cn/*');
    expect(toMatchPattern('10.2.3.4')).toBe('https://10.2.3.4/*');
    expect(toMatchPattern('crm')).toBeNull();
  });

  it('registers granted origins once and leaves an identical registration alone', async () => {
    let registered: { id: string; matches: string[] }[] = [];
    const scripting = {
      getRegisteredContentScripts: vi.fn(async () => registered),
      unregisterContentScripts: vi.fn(async () => void (registered = [])),
      registerContentScripts: vi.fn(async (s: { id: string; matches: string[] }[]) => void (registered = s)),
    };
    Object.assign(fakeBrowser, { scripting });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p) => !p.origins?.[0]?.includes('denied'));

    const granted = await syncCrmContentScripts(['https://crm.example-bank.cn/', 'https://denied.example.cn/']);
    expect(granted).toEqual(['https://crm.example-bank.cn/*']);
    expect(registered[0]?.matches).toEqual(['https://crm.example-bank.cn/*']);
    await syncCrmContentScripts(['https://crm.example-bank.cn/']);
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    await syncCrmContentScripts([]);
    expect(registered).toEqual([]);
  });

  it('makes again a registration an older build left naming a file this build no longer has', async () => {
    let registered: { id: string; matches: string[]; js: string[] }[] = [
      { id: 'daihou-crm-extra', matches: ['https://crm.example-bank.cn/*'], js: ['content-scripts/crm.js'] },
    ];
    const scripting = {
      getRegisteredContentScripts: vi.fn(async () => registered),
      unregisterContentScripts: vi.fn(async () => void (registered = [])),
      registerContentScripts: vi.fn(async (s: typeof registered) => void (registered = s)),
    };
    Object.assign(fakeBrowser, { scripting });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => true);

    await syncCrmContentScripts(['https://crm.example-bank.cn/']);
    expect(registered).toEqual([expect.objectContaining({ matches: ['https://crm.example-bank.cn/*'], js: [CONTENT_SCRIPT_FILE] })]);
    await syncCrmContentScripts(['https://crm.example-bank.cn/']);
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
  });
});
