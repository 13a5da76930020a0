// `npm run -s extract -- <file.html|url> [--json] [--adapters adapters.json]`: runs the panel's
// extraction on a saved CRM page (or a URL) in Node and prints what it reads. Page scripts are
// never run; same-origin iframes of a saved file are read from beside it when present.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { certaintyOf } from '../lib/extract/confidence';
import { extractDebtorContext } from '../lib/extract/index';
import { fastSelector } from '../lib/extract/pick-selector';
import { DETAIL_READERS } from '../lib/extract/detail-readers';
import { loadHtml } from './load-page';
import { importAdapters, siteRules, type SiteAdapter } from '../lib/extract/adapters';
import { FIELD_NAMES, type DebtorContext } from '../lib/extract/types';

class CliError extends Error {}

function usage(): never {
  throw new CliError(
    '用法 / Usage: npm run -s extract -- <file.html|http(s)://url> [--json] [--scripts] [--adapters adapters.json]',
  );
}

async function readSource(target: string): Promise<{ html: string; url: string; baseDir?: string }> {
  if (/^https?:\/\//i.test(target)) {
    let res: Response;
    try {
      res = await fetch(target, { redirect: 'follow', signal: AbortSignal.timeout(15_000) });
    } catch (e) {
      const why = e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e);
      throw new CliError(`无法获取网址 / Cannot fetch URL: ${target} (${why})`);
    }
    if (!res.ok) throw new CliError(`网址返回错误 / URL answered HTTP ${res.status}: ${target}`);
    return { html: await res.text(), url: res.url || target };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) throw new CliError(`不支持的网址协议 / Unsupported URL scheme: ${target}`);
  const path = resolve(target);
  if (!existsSync(path)) throw new CliError(`文件不存在 / File not found: ${path}`);
  let html: string;
  try {
    html = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CliError(`无法读取文件 / Cannot read file: ${path} (${e instanceof Error ? e.message : String(e)})`);
  }
  return { html, url: pathToFileURL(path).href, baseDir: dirname(path) };
}

function printTable(ctx: DebtorContext): void {
  const rows = FIELD_NAMES.filter((f) => ctx.fields[f]).map((f) => {
    const x = ctx.fields[f]!;
    const sure = certaintyOf(x) === 'sure' ? '' : ' 请核对';
    return [f, String(x.value), x.raw, x.confidence.toFixed(2) + sure, x.source.label ?? '', (x.why ?? [x.source.method]).join(','), [...(x.source.path ?? []), x.source.selector ?? ''].join(' >>> ')];
  });
  const head = ['field', 'value', 'raw', 'conf', 'label', 'why', 'selector'];
  const width = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const cols = head.map((h, i) => Math.min(40, Math.max(width(h), ...rows.map((r) => width(r[i]!)))));
  const pad = (s: string, n: number) => {
    let out = s;
    while (width(out) > n) out = out.slice(0, -1);
    return out + ' '.repeat(Math.max(0, n - width(out)));
  };
  console.log(head.map((h, i) => pad(h, cols[i]!)).join('  '));
  console.log(cols.map((n) => '-'.repeat(n)).join('  '));
  for (const r of rows) console.log(r.map((c, i) => pad(c, cols[i]!)).join('  '));
  if (!rows.length) console.log('（未识别到字段 / no fields found）');
  console.log(`\nurl: ${ctx.url}`);
  console.log('conf < 0.70 请核对 / please check (shown marked in the panel, blank in scripts); below 0.40 not reported.');
  console.log('why: how the value was paired (table, dl, colon, sibling, form, adapter) and what lowered its confidence');
  console.log('     (hidden, second-candidate, list-row, behind-dialog, heading-label, ambiguous:<other value>, split). See docs/extraction.md.');
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  let adapters: SiteAdapter[] = [];
  const ai = argv.indexOf('--adapters');
  if (ai >= 0) {
    const file = argv[ai + 1];
    if (!file || !existsSync(file)) throw new CliError(`适配器文件不存在 / Adapter file not found: ${file ?? ''}`);
    const res = importAdapters(readFileSync(file, 'utf8'));
    if (!res.ok) throw new CliError(res.issues.map((i) => `${i.zh} / ${i.en}`).join('\n'));
    adapters = res.adapters;
  }
  const target = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--adapters');
  if (!target) usage();
  const { html, url, baseDir } = await readSource(target);
  if (!/<[a-z!]/i.test(html)) throw new CliError(`不是 HTML 页面 / Not an HTML page: ${target}`);
  const page = await loadHtml(html, url, { ...(baseDir ? { baseDir } : {}), scripts: argv.includes('--scripts') });
  try {
    const ctx = extractDebtorContext(page.doc, { site: siteRules(adapters), url, selectorOf: fastSelector, readers: DETAIL_READERS });
    if (json) console.log(JSON.stringify(ctx, null, 2));
    else printTable(ctx);
  } finally {
    await page.close();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof CliError ? e.message : `提取失败 / Extraction failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
