// Builders for the options-section tests: settings as the page gets them, an empty product
// database per test, and a file the way a file input hands it over.
import { afterEach, beforeEach } from 'vitest';
import { cleanup, fireEvent } from '@testing-library/react';
import { db } from '@/lib/db';
import { defaultSettings, type EffectiveSettings, type SettingKey, type Settings } from '@/lib/settings';

export function settingsOf(values: Partial<Settings> = {}, locked: SettingKey[] = []): EffectiveSettings {
  return { values: { ...defaultSettings, ...values }, locked };
}

export async function clearDb(): Promise<void> {
  await db.open();
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
}

beforeEach(clearDb);
afterEach(() => cleanup());

export function chooseFile(input: HTMLElement, text: string, name = 'file.json'): void {
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}
