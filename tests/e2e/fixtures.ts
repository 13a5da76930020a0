// Playwright fixtures for the extension: `ext` is a fresh system Chromium with the built
// extension on a new profile (closed and its profile removed after the test), `relaunch` starts
// another one (e.g. on the same profile after a restart), `demoUrl` is the demo CRM server,
// started once per worker. `test.use({ browserLocale: 'en-US' })` changes the browser's language.
import { test as base } from '@playwright/test';
import { startDemoServer } from '../../demo-crm/server.mjs';
import { launchBrowser, removeProfile, type Browser } from '../../scripts/browser/launch';

export { expect } from '@playwright/test';
export type { Browser } from '../../scripts/browser/launch';

export interface ExtensionFixtures {
  /** The browser's UI language and Accept-Language (default zh-CN). */
  browserLocale: string;
  /** A fresh Chromium with the extension, its id and its profile directory. */
  ext: Browser;
  /** Launch one more browser with the extension (closed after the test, before `ext`'s profile is removed). */
  relaunch: (opts?: { userDataDir?: string }) => Promise<Browser>;
}

export interface WorkerFixtures {
  /** Base URL of the demo CRM server, e.g. http://127.0.0.1:40123 (also serves /fixtures/). */
  demoUrl: string;
}

export const test = base.extend<ExtensionFixtures, WorkerFixtures>({
  demoUrl: [
    async ({}, use) => {
      const server = await startDemoServer({ port: 0 });
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  browserLocale: ['zh-CN', { option: true }],
  ext: async ({ browserLocale }, use) => {
    const b = await launchBrowser({ locale: browserLocale });
    try {
      await use(b);
    } finally {
      await b.close().catch(() => {});
      removeProfile(b.userDataDir);
    }
  },
  // Depends on `ext` so that it is torn down first: a relaunch on ext's profile is closed
  // before that profile is removed.
  relaunch: async ({ browserLocale, ext }, use) => {
    void ext;
    const launched: Browser[] = [];
    await use(async (opts = {}) => {
      const b = await launchBrowser({ locale: browserLocale, ...opts });
      launched.push(b);
      return b;
    });
    for (const b of launched) await b.close().catch(() => {});
  },
});
