// `pack keygen --out <dir>`: an Ed25519 key pair in the options page's formats — <name>.pub
// (base64 raw public key, for trustedPublicKeys) and <name>.key.json (private, mode 0600).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encryptPrivateKey, generateKeyPair } from '../../lib/packs/signing';
import { CliError, flag, parseArgs, passphraseFrom, requireFlag, runCommand } from './shared';

const USAGE = 'pack keygen --out <dir> [--name pack-signing] [--passphrase-env VAR] [--force]';

export function keygenCommand(argv: readonly string[]): Promise<number> {
  return runCommand(async () => {
    const args = parseArgs(argv, ['force']);
    const dir = requireFlag(args, 'out', USAGE);
    const name = flag(args, 'name') ?? 'pack-signing';
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(name)) throw new CliError(`文件名无效：${name}`, `invalid name: ${name}`);
    const pubFile = join(dir, `${name}.pub`);
    const keyFile = join(dir, `${name}.key.json`);
    if (!flag(args, 'force') && (existsSync(pubFile) || existsSync(keyFile)))
      throw new CliError(`${keyFile} 已存在（用 --force 覆盖）`, `${keyFile} exists (use --force to overwrite)`);
    const passphrase = passphraseFrom(args);
    const keys = await generateKeyPair();
    const privateKey = passphrase ? await encryptPrivateKey(keys.privateKey, passphrase) : keys.privateKey;
    mkdirSync(dir, { recursive: true });
    writeFileSync(keyFile, `${JSON.stringify(privateKey, null, 2)}\n`, { mode: 0o600 });
    writeFileSync(pubFile, `${keys.publicKey}\n`);
    console.log(`已生成密钥对 / Key pair generated (keyId ${keys.keyId})`);
    console.log(`  公钥 / public key:   ${pubFile}  →  ${keys.publicKey}`);
    console.log(`  私钥 / private key:  ${keyFile}${passphrase ? '（已用口令加密 / passphrase-encrypted）' : '（未加密，请妥善保管 / NOT encrypted: keep it safe）'}`);
  });
}
