// Every unit test starts with a clean fake browser and every locale table loaded; IndexedDB comes from fake-indexeddb/auto.
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOCALES, loadLocale } from '@/lib/i18n';

beforeEach(() => {
  fakeBrowser.reset();
});

// Pages load their one locale before rendering; component tests render in any of the three.
await Promise.all(LOCALES.map(loadLocale));
