// Conventions of stored data: every item is declared in lib/storage, keys are unique, nothing
// else touches browser storage directly except the content script's adapter reader.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTab, getTabContext, restoreTabContexts, setTabContext } from '@/lib/background/tab-contexts';
import * as items from '@/lib/storage/items';
import * as keys from '@/lib/storage/keys';

const ROOT = join(__dirname, '../../..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(name) ? [relative(ROOT, p)] : [];
  });
}
const code = ['lib', 'components', 'entrypoints'].flatMap((d) => sources(join(ROOT, d)));
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');

describe('storage items', () => {
  const declared = Object.values(items).flatMap((v) => (v && typeof v === 'object' && 'key' in v && 'getValue' in v ? [String(v.key)] : []));

  it('each key in keys.ts is declared once as an item, and each item uses a key from keys.ts', () => {
    const bare = declared.map((k) => k.replace(/^(local|session|sync|managed):/, ''));
    expect(new Set(declared).size).toBe(declared.length);
    expect(bare.sort()).toEqual(Object.values(keys).sort());
  });

  it('storage.defineItem is called only in lib/storage', () => {
    const outside = code.filter((f) => !f.startsWith('lib/storage/') && /\bdefineItem\s*[<(]/.test(read(f)));
    expect(outside).toEqual([]);
  });

  it('no module reads or writes browser storage areas directly, but the content script adapter reader', () => {
    const raw = /storage\.(local|session|sync)\.(get|set|remove|clear)\b/;
    expect(code.filter((f) => raw.test(read(f)))).toEqual(['lib/extract/adapter-store.ts']);
  });

  it('the content script side imports only the key constants from lib/storage', () => {
    const imports = [...read('lib/extract/adapter-store.ts').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.filter((i) => i!.includes('storage'))).toEqual(['@/lib/storage/keys']);
    expect(read('lib/storage/keys.ts')).not.toMatch(/^import /m);
  });
});

describe('tab contexts in session storage', () => {
  it('round-trip and forget', async () => {
    await setTabContext(7, 'https://crm.example-bank.cn/case/1', null);
    expect(await getTabContext(7)).toEqual({ tabId: 7, url: 'https://crm.example-bank.cn/case/1', context: null });
    await forgetTab(7);
    expect(await getTabContext(7)).toEqual({ tabId: 7, url: null, context: null });
  });

  it('a corrupt stored map keeps only entries of the right shape', async () => {
    const ctx = { url: 'https://crm.example-bank.cn/case/2', fields: {} };
    expect(restoreTabContexts({ 3: { url: 'u', context: ctx }, 4: 'x', abc: { url: 'u', context: null }, 5: { url: 9, context: [1] } })).toEqual({
      3: { url: 'u', context: ctx },
      5: { url: null, context: null },
    });
    for (const raw of [null, 'x', [1]]) expect(restoreTabContexts(raw)).toEqual({});
    await fakeBrowser.storage.session.set({ tabContexts: 'garbage' });
    expect(await getTabContext(3)).toEqual({ tabId: 3, url: null, context: null });
  });
});
