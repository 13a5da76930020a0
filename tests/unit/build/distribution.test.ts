// The distributable a bank deploys (`npm run zip`): no demo origins, https-only optional hosts,
// no `tabs`; the demo build (`wxt build`) keeps the demo CRM for npm start, E2E and benchmarks.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_FILE } from '../../../lib/crm/content-script-file';
import { DEMO_ORIGINS, demoContentScripts, hostPermissions, isRelease, optionalHostPermissions, PERMISSIONS, stripDemoOrigins } from '../../../scripts/build/distribution';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('manifest per build', () => {
  it('the release grants no demo origin and asks only for https sites; the demo build keeps the demo CRM', () => {
    expect(hostPermissions(true)).toEqual([]);
    expect(optionalHostPermissions(true)).toEqual(['https://*/*']);
    expect(hostPermissions(false)).toEqual(DEMO_ORIGINS);
    expect(PERMISSIONS).not.toContain('tabs');
    expect(isRelease({ DAIHOU_BUILD: 'release' })).toBe(true);
    expect(isRelease({})).toBe(false);
    // The demo build declares the CRM content script on the demo CRM (top frame, once the page is idle).
    expect(demoContentScripts()).toEqual([{ matches: DEMO_ORIGINS, js: [CONTENT_SCRIPT_FILE], run_at: 'document_idle' }]);
  });

  it('drops the content script declared for the demo CRM and every demo origin from the generated manifest', () => {
    const generated = {
      host_permissions: ['http://localhost/*', 'http://127.0.0.1/*'],
      content_scripts: [
        { matches: ['http://127.0.0.1/*', 'http://localhost/*'], js: ['crm.js'] },
        { matches: ['https://crm.example-bank.cn/*', 'http://localhost/*'], js: ['other.js'] },
      ],
    };
    expect(stripDemoOrigins(generated)).toEqual({
      host_permissions: [],
      content_scripts: [{ matches: ['https://crm.example-bank.cn/*'], js: ['other.js'] }],
    });
    expect('content_scripts' in stripDemoOrigins({ content_scripts: [{ matches: [...DEMO_ORIGINS] }] })).toBe(false);
  });

  it('the release build itself (wxt build with DAIHOU_BUILD=release) has no demo origin, no http host and no tabs permission', () => {
    const wxt = join(ROOT, 'node_modules/wxt/bin/wxt.mjs');
    const dir = join(ROOT, '.output/chrome-mv3-release');
    rmSync(dir, { recursive: true, force: true });
    execFileSync(process.execPath, [wxt, 'build'], { cwd: ROOT, env: { ...process.env, DAIHOU_BUILD: 'release' }, stdio: 'pipe', timeout: 120_000 });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
      permissions: string[];
      host_permissions?: string[];
      optional_host_permissions: string[];
    };
    expect(JSON.stringify(manifest)).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest['content_scripts']).toBeUndefined();
    // Call listening (docs/live-audio.md) is in the release too; its scripted test engine is not.
    expect(manifest.permissions).toEqual(expect.arrayContaining(['tabCapture', 'offscreen', 'activeTab']));
    expect(existsSync(join(dir, 'live/silero_vad_v5.onnx'))).toBe(true);
    const js = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    expect(js).not.toContain('test engine disposed');
    // The content script is still built: it is registered at run time on the granted CRM origins.
    expect(existsSync(join(dir, CONTENT_SCRIPT_FILE))).toBe(true);
  }, 150_000);
});
