// Every unit test starts with a clean fake browser; IndexedDB comes from fake-indexeddb/auto.
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
