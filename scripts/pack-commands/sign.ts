// `pack sign <file> --key <private key file> --out <file>`: validate the pack, then write the
// signed envelope the options page and subscriptions accept. An invalid pack is never signed.
import { writeFileSync } from 'node:fs';
import { parseUntrustedJson } from '../../lib/packs/sanitize';
import { asEnvelope, asPrivateKeyFile, decryptPrivateKey, isEnvelope, signPack } from '../../lib/packs/signing';
import { loadDefaultPackNode } from '../../lib/packs/load-node';
import { validatePack } from '../../lib/packs/validate';
import { CliError, packErrorLines, parseArgs, passphraseFrom, readText, requireFlag, runCommand } from './shared';

const USAGE = 'pack sign <pack.json> --key <key.json> --out <signed.json> [--passphrase-env VAR]';

export function signCommand(argv: readonly string[]): Promise<number> {
  return runCommand(async () => {
    const args = parseArgs(argv);
    const file = args.positional[0];
    if (!file) throw new CliError(`缺少话术包文件。用法：${USAGE}`, `missing pack file. Usage: ${USAGE}`);
    const keyPath = requireFlag(args, 'key', USAGE);
    const out = requireFlag(args, 'out', USAGE);
    const parsed = parseUntrustedJson(readText(file), 'zh-CN', 1);
    if (!parsed.ok) {
      for (const e of parsed.errors) console.error(`  ${e.path || '(文件)'}: ${e.message}`);
      throw packErrorLines(parsed.errors, file);
    }
    // Re-signing a signed file signs its pack again (e.g. with a new key).
    const raw = isEnvelope(parsed.value) ? asEnvelope(parsed.value).pack : parsed.value;
    // The same checks as `pack validate` and an agent's import: a pack that would be refused is never signed.
    const vet = (locale: 'zh-CN' | 'en') => validatePack(raw, locale, { prohibitedBy: [loadDefaultPackNode()] });
    const checked = vet('zh-CN');
    if (!checked.ok) {
      const en = vet('en');
      throw packErrorLines(checked.errors, file, en.ok ? [] : en.errors);
    }
    const keyParsed = parseUntrustedJson(readText(keyPath), 'zh-CN');
    if (!keyParsed.ok) throw new CliError(`私钥文件无效：${keyPath}`, `invalid private key file: ${keyPath}`);
    const key = await decryptPrivateKey(asPrivateKeyFile(keyParsed.value), passphraseFrom(args));
    const envelope = await signPack(raw, key);
    writeFileSync(out, `${JSON.stringify(envelope, null, 2)}\n`);
    console.log(`已签名 / Signed: ${checked.pack.id} ${checked.pack.version} → ${out} (keyId ${envelope.signature.keyId})`);
  });
}
