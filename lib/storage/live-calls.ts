// Live calls kept across the side panel closing (lib/live/saved-call), in browser.storage.session:
// memory only, never on disk, gone when the browser closes. One item holds every tab's call; each
// write drops stale entries.
import { liveCallsItem } from './items';
import { prunedCalls, type SavedCallStore } from '@/lib/live/saved-call';

export function sessionCallStore(): SavedCallStore {
  return {
    async load(key) {
      const store = await liveCallsItem.getValue();
      return Object.hasOwn(store ?? {}, key) ? store[key] : undefined;
    },
    async save(key, call) {
      const store = prunedCalls(await liveCallsItem.getValue(), Date.now());
      await liveCallsItem.setValue({ ...store, [key]: call });
    },
    async remove(key) {
      const raw = await liveCallsItem.getValue();
      const store = prunedCalls(raw, Date.now());
      delete store[key];
      // Nothing to change: no write.
      if (Object.keys(store).length === Object.keys(raw ?? {}).length) return;
      await liveCallsItem.setValue(store);
    },
  };
}
