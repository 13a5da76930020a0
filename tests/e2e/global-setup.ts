// Before any test: a browser must be installed on this machine and the extension built, or the
// run stops at once with the reason (instead of every test failing the same way).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChrome } from '../../scripts/browser/find-chrome.mjs';
import { EXTENSION_DIR } from '../../scripts/browser/launch';

export default function globalSetup(): void {
  const chrome = findChrome(); // throws BrowserNotFoundError with what to install
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first (npm run test:e2e builds it).`);
  process.env.CHROME_PATH ??= chrome; // workers find the same browser
}
