// `pack verify <file> --pubkey <file>`: the same checks an agent's extension makes on a
// subscribed pack — trusted key, exact signature, then a valid pack.
import { parseUntrustedJson } from '../../lib/packs/sanitize';
import { asEnvelope, isEnvelope, normalizePublicKey, SigningError, verifyEnvelope } from '../../lib/packs/signing';
import { loadDefaultPackNode } from '../../lib/packs/load-node';
import { validatePack } from '../../lib/packs/validate';
import { CliError, packErrorLines, parseArgs, readText, runCommand } from './shared';

const USAGE = 'pack verify <signed.json> --pubkey <key.pub> [--pubkey <other.pub>]';

/** A .pub file (base64 line) or any JSON with a `publicKey` field (e.g. a key file). */
function readPublicKey(file: string): string {
  const text = readText(file).trim();
  let candidate = text;
  if (text.startsWith('{')) {
    const parsed = parseUntrustedJson(text);
    const pk = parsed.ok ? (parsed.value as { publicKey?: unknown }).publicKey : undefined;
    candidate = typeof pk === 'string' ? pk : '';
  }
  const key = normalizePublicKey(candidate);
  if (!key) throw new CliError(`公钥文件无效（应为 32 字节的 base64）：${file}`, `invalid public key file (expected base64 of 32 bytes): ${file}`);
  return key;
}

export function verifyCommand(argv: readonly string[]): Promise<number> {
  return runCommand(async () => {
    const args = parseArgs(argv);
    const file = args.positional[0];
    const pubFiles = args.flags.get('pubkey') ?? [];
    if (!file || !pubFiles.length) throw new CliError(`用法：${USAGE}`, `usage: ${USAGE}`);
    const keys = pubFiles.map(readPublicKey);
    const parsed = parseUntrustedJson(readText(file), 'zh-CN', 1);
    if (!parsed.ok) {
      for (const e of parsed.errors) console.error(`  ${e.path || '(文件)'}: ${e.message}`);
      throw packErrorLines(parsed.errors, file);
    }
    if (!isEnvelope(parsed.value)) throw new SigningError('unsigned');
    const result = await verifyEnvelope(parsed.value, keys);
    if (!result.ok) throw result.error;
    const vet = (locale: 'zh-CN' | 'en') => validatePack(asEnvelope(parsed.value).pack, locale, { prohibitedBy: [loadDefaultPackNode()] });
    const checked = vet('zh-CN');
    if (!checked.ok) {
      const en = vet('en');
      throw packErrorLines(checked.errors, file, en.ok ? [] : en.errors);
    }
    console.log(`签名有效 / Signature OK: ${checked.pack.id} ${checked.pack.version}, keyId ${result.keyId}`);
  });
}
