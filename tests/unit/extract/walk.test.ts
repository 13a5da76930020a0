// The scan reads a long list only up to its head, and never skips anything else: a detail block
// after the list, a flat form of hundreds of mixed elements, shadow hosts before the cut.
import { afterEach, describe, expect, it } from 'vitest';
import { extractDebtorContext } from '@/lib/extract';
import { LIST_HEAD, walkTree } from '@/lib/extract/walk';
import { pageFrom, type LoadedPage } from './helpers';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const rows = (n: number, cls = (_i: number) => '') =>
  Array.from({ length: n }, (_, i) => `<tr class="${cls(i)}"><td>CS${1000 + i}</td><td>客户${i}</td><td>¥${i}.00</td></tr>`).join('');

/** Every text the walk reaches (the scan asks the label dictionary's prefilter instead). */
const ALL = { mightContainLabel: () => true };

function texts(doc: Document, root: Element = doc.body): string[] {
  const out: string[] = [];
  walkTree(doc, root, ALL, (_t, data) => out.push(data));
  return out;
}

const walk = (doc: Document) => walkTree(doc, doc.body, ALL, () => {});

describe('list tails', () => {
  it('reads the first LIST_HEAD rows of a long table and skips the rest', () => {
    page = pageFrom(`<html><body><table><tbody id="list">${rows(600)}</tbody></table><p>end</p></body></html>`);
    const { skipped } = walk(page.doc);
    expect(skipped).toHaveLength(1);
    const list = page.doc.getElementById('list')!;
    expect(skipped[0]!.from).toBe(list.children[LIST_HEAD]);
    expect(skipped[0]!.to).toBe(list.lastElementChild);
    const seen = texts(page.doc);
    expect(seen).toContain(`客户${LIST_HEAD - 1}`);
    expect(seen).not.toContain(`客户${LIST_HEAD}`);
    expect(seen).not.toContain('客户599');
    expect(seen.at(-1)).toBe('end');
  });

  it('treats odd/even rows as one list', () => {
    page = pageFrom(`<html><body><table><tbody>${rows(500, (i) => (i % 2 ? 'odd' : 'even'))}</tbody></table></body></html>`);
    expect(texts(page.doc)).not.toContain('客户450');
  });

  it('still reads a differently shaped block after the list, inside the same container', () => {
    const items = Array.from({ length: 400 }, (_, i) => `<div class="log-item"><span>2026-08-01</span><span>第${i}条记录</span></div>`).join('');
    page = pageFrom(`<html><body><div id="c">${items}<div class="detail"><span>客户姓名：</span><span>周晓明</span></div></div></body></html>`);
    const seen = texts(page.doc);
    expect(seen).not.toContain('第300条记录');
    expect(seen).toContain('周晓明');
    expect(extractDebtorContext(page.doc).fields.name?.value).toBe('周晓明');
  });

  it('never skips a flat form of hundreds of mixed children', () => {
    const fields = Array.from({ length: 90 }, (_, i) => `<label>备注${i}</label><input value="v${i}"><br>`).join('');
    page = pageFrom(
      `<html><body><form>${fields}<label for="n">客户姓名</label><input id="n" readonly value="吴桂芳"><br></form></body></html>`,
    );
    expect(walk(page.doc).skipped).toHaveLength(0);
    expect(extractDebtorContext(page.doc).fields.name?.value).toBe('吴桂芳');
  });

  it('reads a list of one-element items whole up to where a sample finds it, and skips the rest', () => {
    // 600 items, one element each: the first sample lands past the LIST_HEAD-th item (found late).
    page = pageFrom(`<html><body><ul id="l">${Array.from({ length: 600 }, (_, i) => `<li>行${i}</li>`).join('')}</ul><p>后</p></body></html>`);
    const seen = texts(page.doc);
    expect(seen).toContain(`行${LIST_HEAD}`);
    expect(seen).not.toContain('行599');
    expect(seen.at(-1)).toBe('后');
  });

  it('keeps what a short list holds in full', () => {
    page = pageFrom(`<html><body><table><tbody>${rows(LIST_HEAD)}</tbody></table></body></html>`);
    expect(walk(page.doc).skipped).toHaveLength(0);
    expect(texts(page.doc)).toContain(`客户${LIST_HEAD - 1}`);
  });

  it('skips nested long lists and resumes after each', () => {
    // Items of three elements: a sample (every 512th element) falls in each list before its LIST_HEAD-th item.
    const inner = (k: number) => `<ul class="inner">${Array.from({ length: 300 }, (_, i) => `<li><span><b>项${k}-${i}</b></span></li>`).join('')}</ul>`;
    page = pageFrom(`<html><body><div>${inner(1)}<p>中间</p>${inner(2)}</div><p>结尾</p></body></html>`);
    const seen = texts(page.doc);
    expect(seen).toContain('项1-199');
    expect(seen).not.toContain('项1-200');
    expect(seen).toContain('中间');
    expect(seen).toContain('项2-0');
    expect(seen).not.toContain('项2-299');
    expect(seen.at(-1)).toBe('结尾');
  });

  it('reads a list split into groups (record cards over tab panes) up to its LIST_HEAD-th item', () => {
    const card = (i: number) => `<section class="card"><h3>第 ${i} 次联系</h3><table><tr><th>通话结果</th><td>结果${i}</td></tr></table></section>`;
    const panes = Array.from({ length: 12 }, (_, p) => `<div class="pane">${Array.from({ length: 25 }, (_, k) => card(p * 25 + k)).join('')}</div>`).join('');
    page = pageFrom(`<html><body><div class="tabs">${panes}</div><p>之后</p></body></html>`);
    const seen = texts(page.doc);
    expect(seen).toContain(`结果${LIST_HEAD - 1}`);
    expect(seen).not.toContain(`结果${LIST_HEAD}`);
    expect(seen).not.toContain('结果299');
    expect(seen.at(-1)).toBe('之后');
  });

  it('does not join groups that have other content between them, nor the cells of a row', () => {
    const card = (i: number) => `<section class="card"><span>结果${i}</span></section>`;
    const groups = Array.from({ length: 12 }, (_, p) => `<h4>${p + 1}月</h4><div class="pane">${Array.from({ length: 25 }, (_, k) => card(p * 25 + k)).join('')}</div>`).join('');
    page = pageFrom(`<html><body><div class="log">${groups}</div></body></html>`);
    expect(texts(page.doc)).toContain('结果299');
    page = pageFrom(`<html><body><table><tbody>${Array.from({ length: 150 }, (_, i) => `<tr><td>标签${i}</td><td>值${i}</td></tr>`).join('')}</tbody></table></body></html>`);
    expect(texts(page.doc)).toContain('值149');
  });

  it('skips a list found late (its first rows too deep to be sampled) from where the walk is', () => {
    const deep = (i: number) => `<div class="row">${'<div>'.repeat(8)}<span>深${i}</span>${'</div>'.repeat(8)}</div>`;
    const flat = (i: number) => `<div class="row"><span>浅${i}</span></div>`;
    const kids = Array.from({ length: 260 }, (_, i) => deep(i)).join('') + Array.from({ length: 300 }, (_, i) => flat(i)).join('');
    page = pageFrom(`<html><body><main>${kids}</main><p>之后</p></body></html>`);
    const seen = texts(page.doc);
    expect(seen).toContain('深199');
    expect(seen).not.toContain('浅299');
    expect(seen.at(-1)).toBe('之后');
  });

  it('finds shadow hosts before the cut, not in skipped rows', () => {
    page = pageFrom(`<html><body><ul id="l">${'<li><span><b>x</b></span></li>'.repeat(300)}</ul><div id="h"></div></body></html>`);
    const { doc } = page;
    const list = doc.getElementById('l')!;
    for (const i of [3, 250]) list.children[i]!.firstElementChild!.attachShadow({ mode: 'open' }).innerHTML = '<b>s</b>';
    doc.getElementById('h')!.attachShadow({ mode: 'open' }).innerHTML = '<b>h</b>';
    const hosts = walk(doc).hosts;
    expect(hosts).toEqual([list.children[3]!.firstElementChild, doc.getElementById('h')]);
  });
});

describe('list tails found late', () => {
  it('skips an outer list found late around a long inner list, and still skips the lists after it', () => {
    // Deep items first (their rows are too deep for the sampled ancestors to reach the outer
    // list), each with a long inner list; the outer list is found late, inside its own tail.
    const innerList = (k: number) => `<ol class="in">${Array.from({ length: 260 }, (_, i) => `<li>内${k}-${i}</li>`).join('')}</ol>`;
    const deep = (i: number) => `<div class="row">${'<div>'.repeat(8)}<span>深${i}</span>${'</div>'.repeat(8)}</div>`;
    const kids = Array.from({ length: 230 }, (_, i) => deep(i)).join('') + `<div class="row">${innerList(1)}</div>` + Array.from({ length: 40 }, (_, i) => `<div class="row"><span>浅${i}</span></div>`).join('');
    page = pageFrom(`<html><body><main>${kids}</main><ul>${Array.from({ length: 300 }, (_, i) => `<li>后${i}</li>`).join('')}</ul></body></html>`);
    const seen: string[] = [];
    walkTree(page.doc, page.doc.body, ALL, (_t, d) => seen.push(d));
    expect(seen).toContain('后199');
    expect(seen).not.toContain('后200');
    expect(seen).not.toContain('后299');
  });
});
