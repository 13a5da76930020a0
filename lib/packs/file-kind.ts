// What kind of file the product wrote, told from its content alone: a pack, a signed pack, a
// signing key, a public key, a data backup, a call export, site adapters. Never trusts, only names;
// each kind is then checked by its own validator. No database import: the CLI runs it in Node.
import { isEnvelope, KEY_FORMAT, normalizePublicKey } from './signing';
import type { Localized } from '../i18n/locale';

/** Written by lib/db/backup.ts (BACKUP_FORMAT), lib/db/export.ts (toJSON) and lib/extract/adapters.ts; a test keeps them equal. */
export const BACKUP_FORMAT_NAME = 'daihou-assist-backup';
export const EXPORT_FORMAT_NAME = 'daihou-assist-export';
export const ADAPTERS_FORMAT_NAME = 'daihou-adapters';

export type ProductFileKind = 'pack' | 'signed-pack' | 'private-key' | 'public-key' | 'backup' | 'export-json' | 'export-csv' | 'adapters' | 'unknown';

export const FILE_KIND_NAMES: Record<ProductFileKind, Localized> = {
  pack: { 'zh-CN': '话术包（未签名）', 'zh-TW': '話術包（未簽名）', en: 'script pack (unsigned)' },
  'signed-pack': { 'zh-CN': '已签名话术包（选项 → 发布导出的签名文件）', 'zh-TW': '已簽名話術包（選項 → 發布匯出的簽名檔）', en: 'signed script pack (the signed file Options → Publish exports)' },
  'private-key': { 'zh-CN': '签名私钥文件', 'zh-TW': '簽名私鑰檔', en: 'signing key file (private)' },
  'public-key': { 'zh-CN': '签名公钥（.pub）', 'zh-TW': '簽名公鑰（.pub）', en: 'public signing key (.pub)' },
  backup: { 'zh-CN': '数据备份', 'zh-TW': '資料備份', en: 'data backup' },
  'export-json': { 'zh-CN': '通话记录导出（JSON）', 'zh-TW': '通話記錄匯出（JSON）', en: 'call export (JSON)' },
  'export-csv': { 'zh-CN': '通话记录导出（CSV）', 'zh-TW': '通話記錄匯出（CSV）', en: 'call export (CSV)' },
  adapters: { 'zh-CN': '网站适配规则', 'zh-TW': '網站適配規則', en: 'site adapters' },
  unknown: { 'zh-CN': '无法识别的文件', 'zh-TW': '無法識別的檔案', en: 'unrecognised file' },
};

const formatOf = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as { format?: unknown }).format : undefined);

/** The kind of a file's text, and its JSON value when it is JSON. */
export function detectProductFile(text: string): { kind: ProductFileKind; value?: unknown } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = body.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
    if (normalizePublicKey(trimmed)) return { kind: 'public-key' };
    // The CSV export starts with its header row; the first column is the call id in every UI language.
    if (/^(通话编号|通話編號|Call id),/.test(trimmed)) return { kind: 'export-csv' };
    return { kind: 'unknown' };
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    // Not JSON at all: the pack validator words the syntax error.
    return { kind: 'pack' };
  }
  if (isEnvelope(value)) return { kind: 'signed-pack', value };
  const format = formatOf(value);
  if (format === KEY_FORMAT) return { kind: 'private-key', value };
  if (format === BACKUP_FORMAT_NAME) return { kind: 'backup', value };
  if (format === EXPORT_FORMAT_NAME) return { kind: 'export-json', value };
  if (format === ADAPTERS_FORMAT_NAME) return { kind: 'adapters', value };
  return { kind: 'pack', value };
}
