// Keyed debtor hashes, the team-salt fingerprint and the file checksum, all through WebCrypto.
// A debtor key never leaves this module except as HMAC-SHA-256(team salt, key) cut to 64 bits:
// without the salt it cannot be reversed or matched; with it, the same debtor called by two
// agents of the team gives the same hash and is counted once.
import { canonicalJson } from '../packs/canonical-json';
import { hex, sha256Hex } from '../hash';

const enc = new TextEncoder();

/** The team salt as an HMAC key (a blank salt is refused: hashes would be guessable). */
export async function saltKey(salt: string): Promise<CryptoKey> {
  if (!salt.trim()) throw new RangeError('team salt is empty');
  return crypto.subtle.importKey('raw', enc.encode(salt.trim()), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

export async function keyedHash(key: CryptoKey, value: string): Promise<string> {
  return hex(await crypto.subtle.sign('HMAC', key, enc.encode(`debtor:${value}`)), 8);
}

/** What files of one team share: the salt's own keyed hash of a fixed label. */
export async function saltFingerprint(key: CryptoKey): Promise<string> {
  return hex(await crypto.subtle.sign('HMAC', key, enc.encode('daihou-rollup-team-fingerprint')), 8);
}

/** `sha256-<hex>` of the canonical JSON of the file without its checksum. */
export async function rollupChecksum(body: object): Promise<string> {
  const { checksum: _c, ...rest } = body as Record<string, unknown>;
  return `sha256-${await sha256Hex(canonicalJson(rest))}`;
}
