// The fake connector is for tests and screenshots only: no code the extension ships imports it,
// and it keeps the Connector contract the panel relies on.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFakeConnector } from '@/lib/connector-fake';
import { casePage } from './helpers';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('fake connector', () => {
  it('is imported by no shipped code (entrypoints, components, lib)', () => {
    const shipped = ['entrypoints', 'components', 'lib'].flatMap(sources).filter((f) => !f.endsWith('connector-fake.ts'));
    expect(shipped.length).toBeGreaterThan(50);
    const imports = /(from|import\()\s*['"][^'"]*connector-fake['"]/;
    expect(shipped.filter((f) => imports.test(readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('tells the panel of a new page and of a new tab, and records what reaches the CRM', async () => {
    const fake = createFakeConnector({ page: casePage(), tabId: 3 });
    const seen: (string | null)[] = [];
    const tabs: (number | null)[] = [];
    fake.onContextChanged((c) => seen.push(c.context?.fields.name?.value.toString() ?? null));
    fake.onBoundTabChanged((id) => tabs.push(id));
    expect((await fake.getContext(3)).context?.fields.caseId?.value).toBe('CS-2026-004817');
    fake.show(null);
    fake.switchTab(4);
    expect([seen, tabs]).toEqual([[null], [4]]);
    expect(await fake.boundTab()).toBe(4);
    expect(await fake.insertText(4, '您好', 'note', 'origin|A-1')).toEqual({ ok: true, target: 'note' });
    expect(fake.inserted).toEqual([{ tabId: 4, text: '您好', target: 'note', debtor: 'origin|A-1' }]);
  });

  it('serves settings with policy locks and tells watchers of a change', async () => {
    const fake = createFakeConnector({ settings: { traineeMode: true }, locked: ['traineeMode'] });
    expect(await fake.settings.current()).toMatchObject({ values: { traineeMode: true }, locked: ['traineeMode'] });
    let told = 0;
    const off = fake.settings.watch(() => told++);
    fake.setSettings({ agentName: '小王' });
    off();
    fake.setSettings({ agentName: '小李' });
    expect(told).toBe(1);
    expect((await fake.settings.quick()).values.agentName).toBe('小李');
  });
});
