// `npm run -s pack -- validate <file> [--pubkey <key.pub>] [--lang zh-CN|zh-TW|en]`: names the kind of file
// (pack, signed pack, key, backup, export, adapters), then checks it as that kind; pack errors by JSON path.
// `npm run -s pack -- test <file>`: classify every trigger example; list misclassified; exit 1 if any.
// Both check what an agent's extension checks on import: the schema, glob-only URL patterns, no
// invisible characters, every script through the compliance lint, the default pack's prohibitions.
import { buildClassifier } from '../lib/suggest/classifier';
import { SIGNING_COMMANDS } from './pack-commands';
import { checkProductFile } from './pack-commands/validate';
import { formatMessage } from '../lib/i18n/format';
import { isLocale, type Locale, type Localized } from '../lib/i18n/locale';

// keygen / sign / verify live in scripts/pack-commands (same formats as the options page).
const signing = SIGNING_COMMANDS[process.argv[2] ?? ''];
if (signing) process.exit(await signing(process.argv.slice(3)));

const argv = process.argv.slice(2);
const langArg = argv.indexOf('--lang');
const langValue = langArg >= 0 ? argv[langArg + 1] : undefined;
const lang: Locale = isLocale(langValue) ? langValue : 'zh-CN';
const positional = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--lang' && argv[i - 1] !== '--pubkey');
const [command, file] = positional;

// The CLI's own messages (ICU, formatted by lib/i18n's formatMessage like every localized message).
const T: Record<string, Localized> = {
  usage: { 'zh-CN': '用法：pack validate|test <文件> [--pubkey <公钥>] [--lang zh-CN|zh-TW|en]', 'zh-TW': '用法：pack validate|test <檔案> [--pubkey <公鑰>] [--lang zh-CN|zh-TW|en]', en: 'usage: pack validate|test <file> [--pubkey <key.pub>] [--lang zh-CN|zh-TW|en]' },
  notPack: { 'zh-CN': 'pack test 只适用于话术包（签名或未签名）', 'zh-TW': 'pack test 只適用於話術包', en: 'pack test works on packs only (signed or not)' },
  miss: { 'zh-CN': '误判', 'zh-TW': '誤判', en: 'misclassified' },
  passed: { 'zh-CN': '全部例句通过', 'zh-TW': '全部例句通過', en: 'all examples pass' },
};
const say = (key: keyof typeof T, values?: Record<string, string | number>) => formatMessage(T[key]![lang], lang, values);

if (!file || (command !== 'validate' && command !== 'test')) {
  console.error(say('usage'));
  process.exit(2);
}
const pubkeys = argv.flatMap((a, i) => (argv[i - 1] === '--pubkey' ? [a] : a.startsWith('--pubkey=') ? [a.slice('--pubkey='.length)] : []));
const checked = await checkProductFile(file, lang, pubkeys);
if (!checked.ok) process.exit(checked.code);
if (command === 'validate') process.exit(0);
const pack = checked.pack;
if (!pack) {
  console.error(say('notPack'));
  process.exit(2);
}
{
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
