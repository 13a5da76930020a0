// Command line for the compliance guard (supervisors, pack authors, CI).
//   lint  [--lang zh-CN|zh-TW|en] [--amount N]   one JSON object of findings per stdin line
//   check [--lang …]                              a JSON ComplianceInput on stdin → findings and status
//   lint-eval [--folds K] [--verbose]             cross-validated and held-out figures of the lint (scripts/lint-eval.ts)
import { createInterface } from 'node:readline';
import { callStatus, formatStatusLine, lintText, loadLintModel, parseComplianceInput, pickLocalized, type Finding, type Locale } from '@/lib/compliance';
import { isLocale, loadLocale } from '@/lib/i18n';

const USAGE = `usage: compliance <lint|check|lint-eval> [--lang zh-CN|zh-TW|en] [--amount <amountOverdue>]
  lint   reads text lines on stdin, prints one JSON object per line:
         {"text": "...", "findings": [{"rule", "severity", "span": [start, end], "message", "suggestion"}]}
  check  reads one JSON ComplianceInput on stdin, prints {"status": "...", "canCallNow", "nextAllowedAt", "findings": [...]}
  lint-eval [--folds K] [--verbose]  caught / false-flag rates of the lint: K-fold cross-validated and on the held-out corpus`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(code);
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (c) => (data += c));
    process.stdin.on('end', () => resolve(data));
    process.stdin.on('error', reject);
  });
}

function present(f: Finding, lang: Locale, text?: string) {
  return {
    rule: f.ruleId,
    severity: f.severity,
    ...(f.span ? { span: [f.span.start, f.span.end], match: text?.slice(f.span.start, f.span.end) } : {}),
    message: pickLocalized(f.message, lang),
    ...(f.suggestion ? { suggestion: pickLocalized(f.suggestion, lang) } : {}),
    ...(f.nextAllowedAt !== undefined ? { nextAllowedAt: new Date(f.nextAllowedAt).toISOString() } : {}),
    ...(f.tacticId ? { tactic: f.tacticId } : {}),
    ...(f.learned !== undefined ? { learned: f.learned } : {}),
    source: f.source.citation,
  };
}

async function lint(lang: Locale, amountOverdue: number | undefined) {
  await loadLintModel();
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    const findings = lintText(line, amountOverdue === undefined ? {} : { amountOverdue });
    process.stdout.write(`${JSON.stringify({ text: line, findings: findings.map((f) => present(f, lang, line)) })}\n`);
  }
}

async function check(lang: Locale) {
  const raw = await readStdin();
  let input;
  try {
    input = parseComplianceInput(JSON.parse(raw));
  } catch (e) {
    fail(`check: stdin is not a valid ComplianceInput: ${e instanceof Error ? e.message : String(e)}`, 1);
  }
  const status = callStatus(input);
  process.stdout.write(
    `${JSON.stringify(
      {
        status: formatStatusLine(status, lang, input.profile),
        canCallNow: status.canCallNow,
        nextAllowedAt: status.nextAllowedAt === null ? null : new Date(status.nextAllowedAt).toISOString(),
        timeZone: status.timeZone,
        localTime: `${status.localDate} ${status.localTime}`,
        attemptsToday: status.attemptsToday,
        limitation: status.limitation,
        findings: status.findings.map((f) => present(f, lang)),
      },
      null,
      2,
    )}\n`,
  );
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  const langArg = option(args, '--lang') ?? 'zh-CN';
  if (!isLocale(langArg)) fail(`unknown --lang ${langArg}`);
  const lang: Locale = langArg;
  await loadLocale(lang); // the status line's words are UI strings
  const amountArg = option(args, '--amount');
  const amount = amountArg === undefined ? undefined : Number(amountArg);
  if (amount !== undefined && !Number.isFinite(amount)) fail(`--amount must be a number, got ${amountArg}`);
  switch (command) {
    case 'lint':
      return lint(lang, amount);
    case 'check':
      return check(lang);
    case 'lint-eval':
      return (await import('./lint-eval')).lintEval(args);
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return;
    case undefined:
      return fail('compliance: missing subcommand');
    default:
      return fail(`compliance: unknown subcommand "${command}"`);
  }
}

void main();
