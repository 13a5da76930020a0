// Loads a CRM fixture page into its own happy-dom window (page scripts off unless asked), with
// same-origin iframes filled from the fixture folder through srcdoc.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { attachDeclarativeShadowRoots, loadLocalFrames } from '@/scripts/load-page';
import { extractDebtorContext } from '@/lib/extract';
import { DETAIL_READERS } from '@/lib/extract/detail-readers';
import type { DebtorContext } from '@/lib/extract/types';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/crm');

export interface LoadedPage {
  doc: Document;
  window: Window;
  close(): Promise<void>;
}

export async function loadFixture(name: string, opts: { scripts?: boolean; url?: string } = {}): Promise<LoadedPage> {
  const window = new Window({
    url: opts.url ?? `http://127.0.0.1:8080/fixtures/${name}`,
    settings: opts.scripts ? ({ enableJavaScriptEvaluation: true, suppressCodeGenerationFromStringsWarning: true } as never) : {},
  });
  const doc = window.document as unknown as Document;
  doc.open();
  doc.write(readFileSync(join(FIXTURES, name), 'utf8'));
  doc.close();
  attachDeclarativeShadowRoots(doc);
  // Same-origin frames from the files beside the page, as the CLI loads them (nested, about:blank left alone).
  await loadLocalFrames(doc, dirname(join(FIXTURES, name)));
  if (opts.scripts) await new Promise((r) => setTimeout(r, 30));
  return { doc, window, close: () => window.happyDOM.close() };
}

/** A page from a markup string, in a fresh window. */
export function pageFrom(html: string, url = 'http://127.0.0.1:8080/crm/case'): LoadedPage {
  const window = new Window({ url });
  const doc = window.document as unknown as Document;
  doc.open();
  doc.write(html);
  doc.close();
  // As the page loaders do: declarative shadow roots (<template shadowrootmode>) become shadow roots.
  attachDeclarativeShadowRoots(doc);
  return { doc, window, close: () => window.happyDOM.close() };
}

/**
 * Small pages made from markup for rule tests, each closed when the next is made and after each
 * test (`afterEach(pages.close)`): `read` reads a body as the content script does once the detail
 * readers are injected; `from` gives a whole page to set up by hand.
 */
export function snippetPages() {
  let page: LoadedPage | null = null;
  const from = (html: string): LoadedPage => {
    void page?.close();
    return (page = pageFrom(html));
  };
  return {
    from,
    read: (body: string, lang = 'zh-CN'): DebtorContext =>
      extractDebtorContext(from(`<!DOCTYPE html><html lang="${lang}"><body>${body}</body></html>`).doc, { readers: DETAIL_READERS }),
    close: async (): Promise<void> => {
      await page?.close();
      page = null;
    },
  };
}
