// A small E2E runner over real Chromium: every tests/e2e/specs/*.spec.ts registers tests with
// `test(name, fn)`; they run one after another against one demo CRM server. Ends with the
// summary line "N passed, N failed".
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startDemoServer } from '../../demo-crm/server.mjs';
import { BrowserNotFoundError, findChrome } from '../../scripts/browser/find-chrome.mjs';
import { registered, type E2EEnv } from './registry';

const filter = process.argv.slice(2).find((a) => !a.startsWith('-'));
const specsDir = join(import.meta.dirname, 'specs');

async function main(): Promise<number> {
  try {
    findChrome();
  } catch (e) {
    if (e instanceof BrowserNotFoundError) {
      console.error(`E2E: ${e.message}`);
      console.log('0 passed, 1 failed');
      return 1;
    }
    throw e;
  }
  for (const f of readdirSync(specsDir).filter((f) => f.endsWith('.spec.ts')).sort()) {
    await import(pathToFileURL(join(specsDir, f)).href);
  }
  const server = await startDemoServer({ port: 0 });
  const env: E2EEnv = { demoUrl: server.url };
  let passed = 0;
  let failed = 0;
  const tests = registered.filter((t) => !filter || t.name.includes(filter));
  for (const t of tests) {
    const started = Date.now();
    try {
      await Promise.race([
        t.fn(env),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${t.timeoutMs} ms`)), t.timeoutMs)),
      ]);
      passed++;
      console.log(`  ✓ ${t.name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      console.log(`  ✗ ${t.name} (${Date.now() - started} ms)`);
      console.log(`    ${e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 6).join('\n    ') : String(e)}`);
    }
  }
  await server.close();
  console.log(`\nE2E: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
