// Shared bits of the signing subcommands: argument parsing and bilingual failure messages.
// Every failure ends in a non-zero exit code with a Chinese and an English line.
import { readFileSync } from 'node:fs';
import { SigningError, trustMessage } from '../../lib/packs/signing';

export interface Args {
  positional: string[];
  flags: Map<string, string[]>;
}

/** `--out dir`, `--out=dir`, repeated flags allowed; `--force` style booleans get "true". */
export function parseArgs(argv: readonly string[], booleans: readonly string[] = []): Args {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const value = inline ?? (booleans.includes(name) ? 'true' : argv[++i]);
    if (value === undefined) throw new CliError(`缺少 --${name} 的值`, `missing value for --${name}`);
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { positional, flags };
}

export class CliError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

export function flag(args: Args, name: string): string | undefined {
  return args.flags.get(name)?.at(-1);
}

export function requireFlag(args: Args, name: string, usage: string): string {
  const v = flag(args, name);
  if (!v) throw new CliError(`缺少 --${name}。用法：${usage}`, `missing --${name}. Usage: ${usage}`);
  return v;
}

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new CliError(`无法读取文件 ${file}：${why}`, `cannot read ${file}: ${why}`);
  }
}

/** The passphrase comes from an environment variable, never from the command line (shell history). */
export function passphraseFrom(args: Args): string | undefined {
  const name = flag(args, 'passphrase-env');
  if (!name) return process.env.DAIHOU_KEY_PASSPHRASE || undefined;
  const v = process.env[name];
  if (!v) throw new CliError(`环境变量 ${name} 为空`, `environment variable ${name} is empty`);
  return v;
}

export function signingFailure(e: SigningError): CliError {
  return new CliError(trustMessage(e.code, 'zh-CN', e.detail), trustMessage(e.code, 'en', e.detail));
}

type ErrorLine = { path: string; code: string; message: string };

/** The pack's problems by JSON path, in Chinese and (when given the English messages) in English too. */
export function packErrorLines(errors: ErrorLine[], file: string, enErrors: ErrorLine[] = []): CliError {
  const list = errors.slice(0, 20);
  const zh = list.map((e) => `  ${e.path || '(文件)'}: ${e.message}`).join('\n');
  const en = enErrors.slice(0, 20).map((e) => `  ${e.path || '(file)'}: ${e.message}`).join('\n');
  const head = `${file}: invalid pack (${list.length} problem${list.length === 1 ? '' : 's'}${en ? '' : ', listed above'})`;
  return new CliError(`${file}：话术包无效\n${zh}`, en ? `${head}\n${en}` : head);
}

/** Run a command body and turn every failure into a message and exit code 1. */
export async function runCommand(body: () => Promise<void>): Promise<number> {
  try {
    await body();
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      console.error(`错误：${e.zh}`);
      console.error(`Error: ${e.en}`);
    } else if (e instanceof SigningError) {
      const c = signingFailure(e);
      console.error(`错误：${c.zh}`);
      console.error(`Error: ${c.en}`);
    } else {
      console.error(`错误 / Error: ${e instanceof Error ? e.message : String(e)}`);
    }
    return 1;
  }
}
