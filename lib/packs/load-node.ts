// Loads packs from disk for the CLIs, benches and tests (Node only; never import from the panel).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pack } from './schema';
import { validatePack, type ValidationResult } from './validate';
import type { Locale } from '../i18n/locale';

export const DEFAULT_PACK_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/packs/default.json');

export function validatePackFile(file: string, locale: Locale = 'zh-CN'): ValidationResult {
  return validatePack(readFileSync(file, 'utf8'), locale);
}

/** Read and validate a pack file; throws with the first errors listed. */
export function loadPackFile(file: string = DEFAULT_PACK_FILE): Pack {
  const result = validatePackFile(file, 'en');
  if (!result.ok) {
    const list = result.errors.slice(0, 5).map((e) => `${e.path || '(file)'}: ${e.message}`);
    throw new Error(`${file}: invalid pack\n${list.join('\n')}`);
  }
  return result.pack;
}

export function loadDefaultPackNode(): Pack {
  return loadPackFile(DEFAULT_PACK_FILE);
}
