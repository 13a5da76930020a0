// `npm run -s pack -- validate <file> [--lang zh-CN|zh-TW|en]`: schema errors by JSON path.
// `npm run -s pack -- test <file>`: classify every trigger example; list misclassified; exit 1 if any.
// Both check what an agent's extension checks on import: the schema, glob-only URL patterns, no
// invisible characters, every script through the compliance lint, the default pack's prohibitions.
import { readFileSync } from 'node:fs';
import { loadDefaultPackNode } from '../lib/packs/load-node';
import { validatePack } from '../lib/packs/validate';
import { buildClassifier } from '../lib/suggest/classifier';
import { SIGNING_COMMANDS } from './pack-commands';
import { formatMessage } from '../lib/i18n/format';
import { isLocale, type Locale, type Localized } from '../lib/i18n/locale';

// keygen / sign / verify live in scripts/pack-commands (same formats as the options page).
const signing = SIGNING_COMMANDS[process.argv[2] ?? ''];
if (signing) process.exit(await signing(process.argv.slice(3)));

const argv = process.argv.slice(2);
const langArg = argv.indexOf('--lang');
const langValue = langArg >= 0 ? argv[langArg + 1] : undefined;
const lang: Locale = isLocale(langValue) ? langValue : 'zh-CN';
const positional = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--lang');
const [command, file] = positional;

// The CLI's own messages (ICU, formatted by lib/i18n's formatMessage like every localized message).
const T: Record<string, Localized> = {
  usage: { 'zh-CN': '用法：pack validate|test <文件> [--lang zh-CN|zh-TW|en]', 'zh-TW': '用法：pack validate|test <檔案> [--lang zh-CN|zh-TW|en]', en: 'usage: pack validate|test <file> [--lang zh-CN|zh-TW|en]' },
  valid: {
    'zh-CN': '话术包有效: {id} {version} ({count} scenarios)',
    'zh-TW': '話術包有效: {id} {version} ({count} scenarios)',
    en: 'pack is valid: {id} {version} ({count, plural, one {# scenario} other {# scenarios}})',
  },
  invalid: { 'zh-CN': '{count} 个错误', 'zh-TW': '{count} 個錯誤', en: '{count, plural, one {# error} other {# errors}}' },
  miss: { 'zh-CN': '误判', 'zh-TW': '誤判', en: 'misclassified' },
  passed: { 'zh-CN': '全部例句通过', 'zh-TW': '全部例句通過', en: 'all examples pass' },
  unreadable: { 'zh-CN': '无法读取文件', 'zh-TW': '無法讀取檔案', en: 'cannot read file' },
};
const say = (key: keyof typeof T, values?: Record<string, string | number>) => formatMessage(T[key]![lang], lang, values);

function load(path: string) {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    console.error(`${say('unreadable')}: ${path}`);
    process.exit(2);
  }
  const result = validatePack(text, lang, { prohibitedBy: [loadDefaultPackNode()] });
  if (!result.ok) {
    for (const e of result.errors) console.log(`${e.path || '(file)'}: ${e.message}`);
    console.log(say('invalid', { count: result.errors.length }));
    process.exit(1);
  }
  return result.pack;
}

if (!file || (command !== 'validate' && command !== 'test')) {
  console.error(say('usage'));
  process.exit(2);
}
const pack = load(file);
if (command === 'validate') {
  console.log(say('valid', { id: pack.id, version: pack.version, count: pack.scenarios.length }));
} else {
  const classifier = buildClassifier(pack);
  let total = 0;
  const misses: string[] = [];
  pack.scenarios.forEach((sc, i) => {
    sc.examples.forEach((ex, j) => {
      total++;
      const top = classifier.classify(ex).top;
      if (top[0]?.id !== sc.id) {
        misses.push(`scenarios[${i}].examples[${j}] ${sc.id}: ${JSON.stringify(ex)} → ${top[0] ? `${top[0].id} ${top[0].score}` : 'none'}`);
      }
    });
  });
  pack.neutralExamples.forEach((ex, j) => {
    total++;
    const top = classifier.classify(ex).top;
    if (top[0]) misses.push(`neutralExamples[${j}] none: ${JSON.stringify(ex)} → ${top[0].id} ${top[0].score}`);
  });
  for (const m of misses) console.log(`${say('miss')} ${m}`);
  console.log(misses.length ? `${misses.length}/${total} ${say('miss')}` : `${say('passed')} (${total})`);
  process.exit(misses.length ? 1 : 0);
}
