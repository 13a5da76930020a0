// Ed25519 signing of script packs with WebCrypto (Node 20 and Chromium alike): key pairs, the
// signed envelope, verification against trusted keys, passphrase-encrypted private keys.
// Never accepts a pack whose signature does not match the exact canonical bytes of `pack`.
import { canonicalBytes } from './canonical-json';
import type { PackError } from './validate';
import { formatMessage } from '../i18n/format';
import { sha256Hex } from '../hash';
import type { Locale, Localized } from '../i18n/locale';

export const SIGNED_FORMAT = 'daihou-pack-signed/1';
export const KEY_FORMAT = 'daihou-key/1';
const PBKDF2_ITERATIONS = 310_000;

export interface Signature {
  alg: 'Ed25519';
  /** First 16 hex digits of sha256(raw public key). */
  keyId: string;
  /** base64 of the 64-byte signature. */
  value: string;
}
export interface SignedEnvelope {
  format: typeof SIGNED_FORMAT;
  pack: unknown;
  signature: Signature;
}
export interface EncryptedBlob {
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  salt: string;
  iv: string;
  alg: 'AES-GCM';
  data: string;
}
/** The private key file: `pkcs8` in the clear, or `encrypted` with a passphrase (never both). */
export interface PrivateKeyFile {
  format: typeof KEY_FORMAT;
  kind: 'ed25519-private';
  /** base64 raw public key, kept beside the private key so signing can name its keyId. */
  publicKey: string;
  keyId: string;
  pkcs8?: string;
  encrypted?: EncryptedBlob;
}
export interface KeyPair {
  publicKey: string;
  keyId: string;
  privateKey: PrivateKeyFile;
}

// ---- bytes ---------------------------------------------------------------------------------

export function toBase64(bytes: Uint8Array | ArrayBuffer): string {
  const u = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let s = '';
  for (let i = 0; i < u.length; i += 0x8000) s += String.fromCharCode(...u.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const clean = String(b64).replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) throw new SigningError('bad-key', 'not base64');
  const bin = atob(clean);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}


// ---- errors --------------------------------------------------------------------------------

export type TrustCode =
  | 'unsigned'
  | 'bad-envelope'
  | 'bad-signature'
  | 'untrusted-key'
  | 'no-trusted-keys'
  | 'bad-key'
  | 'needs-passphrase'
  | 'wrong-passphrase';

const TRUST_MESSAGES: Record<TrustCode, Localized> = {
  unsigned: { 'zh-CN': '话术包未签名', 'zh-TW': '話術包未簽章', en: 'the pack is not signed' },
  'bad-envelope': { 'zh-CN': '签名文件格式无效：{detail}', 'zh-TW': '簽章檔案格式無效：{detail}', en: 'invalid signed-pack file: {detail}' },
  'bad-signature': {
    'zh-CN': '签名不匹配：文件在签名后被改动过，或签名已损坏',
    'zh-TW': '簽章不符：檔案在簽章後被改動過，或簽章已損壞',
    en: 'signature does not match: the file was changed after signing, or the signature is damaged',
  },
  'untrusted-key': {
    'zh-CN': '签名密钥 {detail} 不在受信任公钥列表中',
    'zh-TW': '簽章金鑰 {detail} 不在受信任公鑰清單中',
    en: 'signed by key {detail}, which is not a trusted public key',
  },
  'no-trusted-keys': {
    'zh-CN': '尚未配置受信任公钥，无法验证签名',
    'zh-TW': '尚未設定受信任公鑰，無法驗證簽章',
    en: 'no trusted public keys are configured, so no signature can be verified',
  },
  'bad-key': { 'zh-CN': '密钥无效：{detail}', 'zh-TW': '金鑰無效：{detail}', en: 'invalid key: {detail}' },
  'needs-passphrase': { 'zh-CN': '私钥已加密，需要口令', 'zh-TW': '私鑰已加密，需要密語', en: 'the private key is encrypted: a passphrase is needed' },
  'wrong-passphrase': { 'zh-CN': '口令错误或私钥文件已损坏', 'zh-TW': '密語錯誤或私鑰檔案已損壞', en: 'wrong passphrase, or the key file is damaged' },
};

export function trustMessage(code: TrustCode, locale: Locale, detail = ''): string {
  return formatMessage(TRUST_MESSAGES[code][locale], locale, { detail });
}

export class SigningError extends Error {
  constructor(
    readonly code: TrustCode,
    readonly detail = '',
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
  }
  toPackError(locale: Locale): PackError {
    return { path: '', code: this.code, message: trustMessage(this.code, locale, this.detail) };
  }
}

// ---- keys ----------------------------------------------------------------------------------

const ED = { name: 'Ed25519' } as const;

export async function keyIdOf(publicKeyB64: string): Promise<string> {
  return (await sha256Hex(fromBase64(publicKeyB64))).slice(0, 16);
}

/** A trusted-key entry as pasted by an admin: base64 of 32 raw bytes. Returns it cleaned or null. */
export function normalizePublicKey(input: string): string | null {
  try {
    const bytes = fromBase64(input.trim());
    return bytes.length === 32 ? toBase64(bytes) : null;
  } catch {
    return null;
  }
}

export async function generateKeyPair(): Promise<KeyPair> {
  const pair = (await crypto.subtle.generateKey(ED, true, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = toBase64(await crypto.subtle.exportKey('raw', pair.publicKey));
  const keyId = await keyIdOf(publicKey);
  const pkcs8 = toBase64(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  return { publicKey, keyId, privateKey: { format: KEY_FORMAT, kind: 'ed25519-private', publicKey, keyId, pkcs8 } };
}

/** Check the shape of a parsed private key file (from disk or storage). */
export function asPrivateKeyFile(value: unknown): PrivateKeyFile {
  const v = value as Partial<PrivateKeyFile> | null;
  if (!v || typeof v !== 'object' || v.format !== KEY_FORMAT || v.kind !== 'ed25519-private')
    throw new SigningError('bad-key', `expected ${KEY_FORMAT} ed25519-private`);
  if (typeof v.publicKey !== 'string' || !normalizePublicKey(v.publicKey)) throw new SigningError('bad-key', 'publicKey');
  if (typeof v.pkcs8 !== 'string' && (typeof v.encrypted !== 'object' || v.encrypted === null))
    throw new SigningError('bad-key', 'pkcs8');
  return v as PrivateKeyFile;
}

async function passphraseKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encryptPrivateKey(file: PrivateKeyFile, passphrase: string): Promise<PrivateKeyFile> {
  if (!file.pkcs8) throw new SigningError('bad-key', 'already encrypted');
  if (passphrase.length < 8) throw new SigningError('bad-key', 'passphrase shorter than 8 characters');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await passphraseKey(passphrase, salt, PBKDF2_ITERATIONS);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, fromBase64(file.pkcs8));
  const { pkcs8: _drop, ...rest } = file;
  return {
    ...rest,
    encrypted: { kdf: 'PBKDF2-SHA256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt), iv: toBase64(iv), alg: 'AES-GCM', data: toBase64(data) },
  };
}

export async function decryptPrivateKey(file: PrivateKeyFile, passphrase?: string): Promise<PrivateKeyFile> {
  if (file.pkcs8) return file;
  const e = file.encrypted;
  if (!e) throw new SigningError('bad-key', 'no key material');
  if (!passphrase) throw new SigningError('needs-passphrase');
  if (e.kdf !== 'PBKDF2-SHA256' || e.alg !== 'AES-GCM' || !(e.iterations >= 100_000 && e.iterations <= 10_000_000))
    throw new SigningError('bad-key', 'unsupported encryption');
  try {
    const key = await passphraseKey(passphrase, fromBase64(e.salt), e.iterations);
    const pkcs8 = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(e.iv) }, key, fromBase64(e.data));
    const { encrypted: _drop, ...rest } = file;
    return { ...rest, pkcs8: toBase64(pkcs8) };
  } catch {
    throw new SigningError('wrong-passphrase');
  }
}

async function importPrivate(file: PrivateKeyFile): Promise<CryptoKey> {
  if (!file.pkcs8) throw new SigningError('needs-passphrase');
  try {
    return await crypto.subtle.importKey('pkcs8', fromBase64(file.pkcs8), ED, false, ['sign']);
  } catch {
    throw new SigningError('bad-key', 'pkcs8');
  }
}

// ---- sign / verify -------------------------------------------------------------------------

/** Sign a pack (its canonical JSON) with a decrypted private key file. */
export async function signPack(pack: unknown, key: PrivateKeyFile): Promise<SignedEnvelope> {
  const privateKey = await importPrivate(key);
  const value = await crypto.subtle.sign(ED, privateKey, canonicalBytes(pack));
  const keyId = await keyIdOf(key.publicKey);
  return { format: SIGNED_FORMAT, pack, signature: { alg: 'Ed25519', keyId, value: toBase64(value) } };
}

export function isEnvelope(value: unknown): boolean {
  return !!value && typeof value === 'object' && (value as { format?: unknown }).format === SIGNED_FORMAT;
}

/** Strict shape check of an envelope: exactly format, pack, signature{alg,keyId,value}. */
export function asEnvelope(value: unknown): SignedEnvelope {
  const v = value as Record<string, unknown>;
  if (!isEnvelope(v)) throw new SigningError('bad-envelope', 'format');
  const extra = Object.keys(v).filter((k) => !['format', 'pack', 'signature'].includes(k));
  if (extra.length) throw new SigningError('bad-envelope', `unknown field ${extra.join(', ')}`);
  if (!v.pack || typeof v.pack !== 'object' || Array.isArray(v.pack)) throw new SigningError('bad-envelope', 'pack');
  const s = v.signature as Record<string, unknown> | undefined;
  if (!s || typeof s !== 'object') throw new SigningError('bad-envelope', 'signature');
  if (Object.keys(s).some((k) => !['alg', 'keyId', 'value'].includes(k))) throw new SigningError('bad-envelope', 'signature fields');
  if (s.alg !== 'Ed25519') throw new SigningError('bad-envelope', `alg ${String(s.alg)}`);
  if (typeof s.keyId !== 'string' || !/^[0-9a-f]{16}$/.test(s.keyId)) throw new SigningError('bad-envelope', 'keyId');
  if (typeof s.value !== 'string' || s.value.length > 200) throw new SigningError('bad-envelope', 'signature value');
  return v as unknown as SignedEnvelope;
}

export type VerifyResult = { ok: true; keyId: string } | { ok: false; error: SigningError };

/**
 * Verify an envelope against trusted public keys (base64 raw). The key is chosen by keyId and
 * the signature checked over canonical(pack); any mismatch, or no trusted key with that id, fails.
 */
export async function verifyEnvelope(value: unknown, trustedKeys: readonly string[]): Promise<VerifyResult> {
  try {
    const env = asEnvelope(value);
    const keys = trustedKeys.map(normalizePublicKey).filter((k): k is string => k !== null);
    if (!keys.length) return { ok: false, error: new SigningError('no-trusted-keys') };
    let match: string | undefined;
    for (const k of keys) if ((await keyIdOf(k)) === env.signature.keyId) match = k;
    if (!match) return { ok: false, error: new SigningError('untrusted-key', env.signature.keyId) };
    const publicKey = await crypto.subtle.importKey('raw', fromBase64(match), ED, false, ['verify']);
    let sig: Uint8Array<ArrayBuffer>;
    try {
      sig = fromBase64(env.signature.value);
    } catch {
      return { ok: false, error: new SigningError('bad-signature') };
    }
    const good = sig.length === 64 && (await crypto.subtle.verify(ED, publicKey, sig, canonicalBytes(env.pack)));
    return good ? { ok: true, keyId: env.signature.keyId } : { ok: false, error: new SigningError('bad-signature') };
  } catch (e) {
    return { ok: false, error: e instanceof SigningError ? e : new SigningError('bad-envelope', e instanceof Error ? e.message : String(e)) };
  }
}
