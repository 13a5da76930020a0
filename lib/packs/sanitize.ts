// Parsing of untrusted pack files (imports, subscriptions, CLI) before any schema runs: size
// cap first, then JSON, then depth and prototype keys. Never evaluates or renders anything.
import { PACK_LIMITS } from './schema';
import { errorMessage, formatPath, type PackError } from './validate';
import type { Locale } from '../i18n/locale';

/** An envelope adds a little around the pack; the pack itself is still held to PACK_LIMITS. */
export const MAX_FILE_BYTES = PACK_LIMITS.fileBytes + 64 * 1024;
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type ParseResult = { ok: true; value: unknown } | { ok: false; errors: PackError[] };

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

const err = (path: PropertyKey[], code: string, detail: string, locale: Locale): PackError => ({
  path: formatPath(path),
  code,
  message: errorMessage(code, detail, locale),
});

/**
 * JSON.parse for hostile input. `__proto__` / `constructor` / `prototype` keys and nesting deeper
 * than the pack limit (plus `extraDepth` for an envelope) are refused, never silently dropped,
 * so a signed file is either accepted as signed or not at all.
 */
export function parseUntrustedJson(text: string, locale: Locale = 'zh-CN', extraDepth = 0): ParseResult {
  if (typeof text !== 'string') return { ok: false, errors: [err([], 'wrong-type', 'string', locale)] };
  if (text.length > MAX_FILE_BYTES || byteLength(text) > MAX_FILE_BYTES) {
    return { ok: false, errors: [err([], 'file-too-large', `${PACK_LIMITS.fileBytes / 1024 / 1024} MB`, locale)] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message.slice(0, 200) : 'parse error';
    return { ok: false, errors: [err([], 'json', detail, locale)] };
  }
  const errors: PackError[] = [];
  const maxDepth = PACK_LIMITS.depth + extraDepth;
  const walk = (v: unknown, path: PropertyKey[], depth: number): boolean => {
    if (v === null || typeof v !== 'object') return true;
    if (depth > maxDepth) {
      errors.push(err(path, 'too-deep', String(PACK_LIMITS.depth), locale));
      return false;
    }
    if (Array.isArray(v)) return v.every((x, i) => walk(x, [...path, i], depth + 1));
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) {
        errors.push(err([...path, key], 'forbidden-key', key, locale));
        if (errors.length >= 20) return false;
      } else if (!walk((v as Record<string, unknown>)[key], [...path, key], depth + 1)) return false;
    }
    return true;
  };
  walk(value, [], 0);
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;
const TAG = /<\s*\/?\s*[a-z!?][^>]*>/gi;
const SCRIPT_URL = /\b(?:javascript|vbscript|data)\s*:/gi;
const MD_LINK = /!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g;

/**
 * Pack text as something safe to show as React text: Markdown links and images keep only their
 * label, tags and script URLs are removed, invisible and bidi-control characters dropped. Valid
 * packs never need this (the schema refuses markup); the editor preview uses it on drafts.
 */
export function toSafePlainText(text: string, maxChars = PACK_LIMITS.longChars): string {
  return String(text)
    .slice(0, maxChars)
    .replace(MD_LINK, '$1')
    .replace(TAG, '')
    .replace(SCRIPT_URL, '')
    .replace(INVISIBLE, '');
}
