// `pack validate <file> [--pubkey <key.pub>] [--lang …]`: reads any file the product writes, says
// which kind it is, then checks it as that kind. A signed pack (Options → 发布) is checked as the
// pack inside it, and its signature too when a public key is given. Only packs go on to `pack test`.
import { formatMessage } from '../../lib/i18n/format';
import type { Locale, Localized } from '../../lib/i18n/locale';
import { detectProductFile, FILE_KIND_NAMES, type ProductFileKind } from '../../lib/packs/file-kind';
import { loadDefaultPackNode } from '../../lib/packs/load-node';
import { asEnvelope, asPrivateKeyFile, normalizePublicKey, SigningError, trustMessage, verifyEnvelope } from '../../lib/packs/signing';
import type { Pack } from '../../lib/packs/schema';
import { validatePack } from '../../lib/packs/validate';
import { importAdapters } from '../../lib/extract/adapters';
import { readFileSync } from 'node:fs';

const T = {
  kind: { 'zh-CN': '文件类型：{kind}', 'zh-TW': '檔案類型：{kind}', en: 'File kind: {kind}' },
  valid: {
    'zh-CN': '话术包有效: {id} {version} ({count} scenarios)',
    'zh-TW': '話術包有效: {id} {version} ({count} scenarios)',
    en: 'pack is valid: {id} {version} ({count, plural, one {# scenario} other {# scenarios}})',
  },
  invalid: { 'zh-CN': '{count} 个错误', 'zh-TW': '{count} 個錯誤', en: '{count, plural, one {# error} other {# errors}}' },
  signedBy: {
    'zh-CN': '签名 keyId {keyId}：未核对（加 --pubkey <公钥文件> 核对签名，或用 pack verify）',
    'zh-TW': '簽名 keyId {keyId}：未核對（加 --pubkey <公鑰檔> 核對簽名，或用 pack verify）',
    en: 'Signed by keyId {keyId}: signature not checked (add --pubkey <key.pub> to check it, or use pack verify)',
  },
  signatureOk: { 'zh-CN': '签名有效，keyId {keyId}', 'zh-TW': '簽名有效，keyId {keyId}', en: 'Signature OK, keyId {keyId}' },
  keyOk: {
    'zh-CN': '私钥文件完好，keyId {keyId}（{enc}）。这不是话术包：用 pack sign <话术包> --key <此文件> 签名。',
    'zh-TW': '私鑰檔完好，keyId {keyId}（{enc}）。這不是話術包：用 pack sign <話術包> --key <此檔> 簽名。',
    en: 'Signing key file is well-formed, keyId {keyId} ({enc}). Not a pack: sign one with pack sign <pack> --key <this file>.',
  },
  encrypted: { 'zh-CN': '已用口令加密', 'zh-TW': '已用密碼加密', en: 'passphrase-encrypted' },
  clear: { 'zh-CN': '未加密', 'zh-TW': '未加密', en: 'not encrypted' },
  pubOk: {
    'zh-CN': '公钥有效。这不是话术包：在 pack verify / validate 中用 --pubkey 指定它，或在 选项 → 受信任的公钥 中添加。',
    'zh-TW': '公鑰有效。這不是話術包：在 pack verify / validate 中用 --pubkey 指定，或在 選項 → 受信任的公鑰 中新增。',
    en: 'Valid public key. Not a pack: pass it with --pubkey to pack verify / validate, or add it under Options → Trusted keys.',
  },
  notPack: {
    'zh-CN': '这不是话术包，不做话术包校验。{what}',
    'zh-TW': '這不是話術包，不做話術包校驗。{what}',
    en: 'Not a pack, so not checked as one. {what}',
  },
  backupHint: { 'zh-CN': '完整核对请在 选项 → 数据 → 恢复 中选择它（恢复前会先核对，不会写入）。', 'zh-TW': '完整核對請在 選項 → 資料 → 還原 中選擇它。', en: 'To check it fully, choose it under Options → Data → Restore (it is checked before anything is written).' },
  exportHint: { 'zh-CN': '通话记录导出，供表格或其他系统使用，不能导入。', 'zh-TW': '通話記錄匯出，供表格或其他系統使用，不能匯入。', en: 'A call export for spreadsheets or other systems; it cannot be imported.' },
  adaptersOk: { 'zh-CN': '网站适配规则有效：{count} 条。在 选项 → 网站适配 中导入。', 'zh-TW': '網站適配規則有效：{count} 條。', en: 'Site adapters are valid: {count}. Import them under Options → Site adapters.' },
  unknown: {
    'zh-CN': '无法识别：不是本产品写出的文件（话术包、签名话术包、密钥、备份、导出、适配规则）。',
    'zh-TW': '無法識別：不是本產品寫出的檔案。',
    en: 'Unrecognised: not a file this product writes (pack, signed pack, key, backup, export, adapters).',
  },
  unreadable: { 'zh-CN': '无法读取文件', 'zh-TW': '無法讀取檔案', en: 'cannot read file' },
  badPubkey: { 'zh-CN': '公钥文件无效：{file}', 'zh-TW': '公鑰檔無效：{file}', en: 'invalid public key file: {file}' },
} satisfies Record<string, Localized>;

export type PackFileResult = { ok: true; kind: ProductFileKind; pack?: Pack } | { ok: false; kind: ProductFileKind; code: 1 | 2 };

/** Read, name and check a file; prints as it goes. A pack (signed or not) comes back for `pack test`. */
export async function checkProductFile(file: string, lang: Locale, pubkeyFiles: readonly string[] = []): Promise<PackFileResult> {
  const say = (key: keyof typeof T, values?: Record<string, string | number>) => formatMessage(T[key][lang], lang, values);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    console.error(`${say('unreadable')}: ${file}`);
    return { ok: false, kind: 'unknown', code: 2 };
  }
  const { kind, value } = detectProductFile(text);
  console.log(say('kind', { kind: FILE_KIND_NAMES[kind][lang] }));
  const checkPack = (input: unknown): Pack | null => {
    const result = validatePack(input, lang, { prohibitedBy: [loadDefaultPackNode()] });
    if (result.ok) {
      console.log(say('valid', { id: result.pack.id, version: result.pack.version, count: result.pack.scenarios.length }));
      return result.pack;
    }
    for (const e of result.errors) console.log(`${e.path || '(file)'}: ${e.message}`);
    console.log(say('invalid', { count: result.errors.length }));
    return null;
  };
  const fail = (code: 1 | 2 = 1): PackFileResult => ({ ok: false, kind, code });
  const signingText = (e: unknown) => (e instanceof SigningError ? trustMessage(e.code, lang, e.detail) : String(e));

  switch (kind) {
    case 'pack': {
      const pack = checkPack(text);
      return pack ? { ok: true, kind, pack } : fail();
    }
    case 'signed-pack': {
      let envelope;
      try {
        envelope = asEnvelope(value);
      } catch (e) {
        console.log(signingText(e));
        return fail();
      }
      if (pubkeyFiles.length) {
        const keys: string[] = [];
        for (const f of pubkeyFiles) {
          let raw = '';
          try {
            raw = readFileSync(f, 'utf8').trim();
          } catch {
            /* reported below as an invalid key file */
          }
          const fromJson = raw.startsWith('{') ? (() => { try { return String((JSON.parse(raw) as { publicKey?: unknown }).publicKey ?? ''); } catch { return ''; } })() : raw;
          const key = normalizePublicKey(fromJson);
          if (!key) {
            console.error(say('badPubkey', { file: f }));
            return fail(2);
          }
          keys.push(key);
        }
        const verified = await verifyEnvelope(envelope, keys);
        if (!verified.ok) {
          console.log(signingText(verified.error));
          return fail();
        }
        console.log(say('signatureOk', { keyId: verified.keyId }));
      } else console.log(say('signedBy', { keyId: envelope.signature.keyId }));
      const pack = checkPack(envelope.pack);
      return pack ? { ok: true, kind, pack } : fail();
    }
    case 'private-key':
      try {
        const key = asPrivateKeyFile(value);
        console.log(say('keyOk', { keyId: key.keyId, enc: say(key.encrypted ? 'encrypted' : 'clear') }));
        return { ok: true, kind };
      } catch (e) {
        console.log(signingText(e));
        return fail();
      }
    case 'public-key':
      console.log(say('pubOk'));
      return { ok: true, kind };
    case 'backup':
      console.log(say('notPack', { what: say('backupHint') }));
      return { ok: true, kind };
    case 'export-json':
    case 'export-csv':
      console.log(say('notPack', { what: say('exportHint') }));
      return { ok: true, kind };
    case 'adapters': {
      const r = importAdapters(value);
      if (r.ok) {
        console.log(say('adaptersOk', { count: r.adapters.length }));
        return { ok: true, kind };
      }
      for (const i of r.issues) console.log(`${i.path || '(file)'}: ${lang === 'en' ? i.en : i.zh}`);
      return fail();
    }
    case 'unknown':
      console.log(say('unknown'));
      return fail(2);
  }
}
