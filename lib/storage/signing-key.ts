// This machine's pack-signing key (a supervisor's private Ed25519 key), kept decrypted in
// storage.local; it leaves the machine solely as a passphrase-encrypted export.
// Why a module of its own, apart from lib/storage/items.ts: only the options page's signing code
// (components/options/SigningKeys.tsx and PackEditor.tsx) imports it, so the side panel, the
// background and the content script have no code path to the key, the key is never part of the
// settings (getSettings, policy, backups) and items.ts never re-exports it. A unit test holds
// every other module to that. This is a code boundary, not a security one: any extension page
// could still read storage.local by key.
import { storage } from 'wxt/utils/storage';
import { asPrivateKeyFile, type PrivateKeyFile } from '@/lib/packs/signing';

export interface StoredSigningKey {
  publicKey: string;
  keyId: string;
  /** Decrypted (pkcs8 present): usable without a passphrase on this machine. */
  privateKey: PrivateKeyFile;
  createdAt: number;
}

const signingKeyItem = storage.defineItem<StoredSigningKey | null>('local:packSigningKey', { fallback: null, version: 1 });

/** The stored key if it is whole and self-consistent; anything else reads as no key (never thrown). */
export function restoreSigningKey(raw: unknown): StoredSigningKey | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Partial<StoredSigningKey>;
  let privateKey: PrivateKeyFile;
  try {
    privateKey = asPrivateKeyFile(r.privateKey);
  } catch {
    return null;
  }
  if (typeof privateKey.pkcs8 !== 'string' || r.publicKey !== privateKey.publicKey || r.keyId !== privateKey.keyId) return null;
  const createdAt = typeof r.createdAt === 'number' && Number.isFinite(r.createdAt) ? r.createdAt : 0;
  return { publicKey: r.publicKey, keyId: r.keyId, privateKey, createdAt };
}

export async function getSigningKey(): Promise<StoredSigningKey | null> {
  return restoreSigningKey(await signingKeyItem.getValue().catch(() => null));
}

export function setSigningKey(key: StoredSigningKey | null): Promise<void> {
  return signingKeyItem.setValue(key);
}

/** Calls `cb` with the checked key whenever it changes; returns the unwatch function. */
export function watchSigningKey(cb: (key: StoredSigningKey | null) => void): () => void {
  return signingKeyItem.watch((v) => cb(restoreSigningKey(v)));
}
