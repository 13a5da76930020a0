// This machine's pack-signing key (a supervisor's). Kept in storage.local only; it leaves the
// machine solely as a passphrase-encrypted export.
import { storage } from 'wxt/utils/storage';
import type { PrivateKeyFile } from '@/lib/packs/signing';

export interface StoredSigningKey {
  publicKey: string;
  keyId: string;
  /** Decrypted (pkcs8 present): usable without a passphrase on this machine. */
  privateKey: PrivateKeyFile;
  createdAt: number;
}

export const signingKeyItem = storage.defineItem<StoredSigningKey | null>('local:packSigningKey', { fallback: null, version: 1 });
