// The signing subcommands of `npm run -s pack --`, for scripts/pack-cli.ts to dispatch to.
// Also runnable on its own: `npx tsx scripts/pack-commands/index.ts keygen --out keys/`.
import { pathToFileURL } from 'node:url';
import { keygenCommand } from './keygen';
import { signCommand } from './sign';
import { verifyCommand } from './verify';

export const SIGNING_COMMANDS: Record<string, (argv: readonly string[]) => Promise<number>> = {
  keygen: keygenCommand,
  sign: signCommand,
  verify: verifyCommand,
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [name, ...rest] = process.argv.slice(2);
  const command = name ? SIGNING_COMMANDS[name] : undefined;
  if (!command) {
    console.error('用法 / usage: keygen --out <dir> | sign <file> --key <key.json> --out <file> | verify <file> --pubkey <file>');
    process.exit(2);
  }
  void command(rest).then((code) => process.exit(code));
}
