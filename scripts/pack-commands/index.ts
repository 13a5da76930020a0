// The signing subcommands of `npm run -s pack --`, for scripts/pack-cli.ts to dispatch to.
import { keygenCommand } from './keygen';
import { signCommand } from './sign';
import { verifyCommand } from './verify';

export const SIGNING_COMMANDS: Record<string, (argv: readonly string[]) => Promise<number>> = {
  keygen: keygenCommand,
  sign: signCommand,
  verify: verifyCommand,
};
