// The Traditional → Simplified label fold (lib/extract/label-fold.gen.ts, about 1 KB gzip) is not
// part of the content script: a page written in Traditional Chinese loads it (entrypoints/
// label-fold.ts, injected by the background into that tab's top frame: 'page:load-label-fold'),
// and the page is read again with it. Which pages: those whose language says so (zh-TW, zh-HK,
// zh-MO, zh-Hant), whose title shows Traditional characters, or, while a page reads few fields,
// whose text does (a sample of its first text nodes and same-origin frames). Both scripts meet on
// the extension's isolated world's `window` (lib/crm/world-host.ts).
import { hostOf, registerHost } from '../crm/world-host';

export interface FoldHost {
  /** The Traditional → Simplified pairs ("個个們们…"). */
  provide(pairs: string): void;
}

const KEY = '__daihouFoldHost';

export const registerFoldHost = (w: Window, host: FoldHost): void => registerHost(w, KEY, host);
export const foldHost = (w: Window): FoldHost | null => hostOf<FoldHost>(w, KEY);

const HANT_LANG = /^zh-(?:tw|hk|mo|hant)/i;
/** Traditional characters frequent on collection pages that Simplified text never holds. */
const HANT_MARKS = /[號額帳戶電話還繳貸資區縣與無個們時會這說過對點後關開間應機現給請單寫務歷讀選擇結費證碼齡議際狀態當紀錄聯絡處理銀證]/g;
/** Text nodes sampled per document. */
const SAMPLE = 400;
/** Fields a page that reads this many or more is read well enough: not sampled. */
const READS_WELL = 5;

function marksIn(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  const walker = doc.createTreeWalker(body, 0x4 /* SHOW_TEXT */);
  let marks = 0;
  for (let n = walker.nextNode(), i = 0; n && i < SAMPLE && marks < 8; n = walker.nextNode(), i++) marks += (n as Text).data.match(HANT_MARKS)?.length ?? 0;
  return marks;
}

/** When each document's text was last sampled: a watched page is read on every change, its text sampled at most every SAMPLE_EVERY ms. */
const sampledAt = new WeakMap<Document, number>();
const SAMPLE_EVERY = 2000;

/** Does this page want the Traditional fold? `fieldsRead`: how many fields the last reading found. */
export function wantsLabelFold(doc: Document, fieldsRead: number, now = Date.now()): boolean {
  if (HANT_LANG.test(doc.documentElement?.getAttribute('lang') ?? '')) return true;
  if ((doc.title.match(HANT_MARKS)?.length ?? 0) >= 2) return true;
  if (fieldsRead >= READS_WELL || now - (sampledAt.get(doc) ?? -Infinity) < SAMPLE_EVERY) return false;
  sampledAt.set(doc, now);
  let marks = marksIn(doc);
  const frames = doc.querySelectorAll('iframe,frame');
  for (let i = 0; i < frames.length && i < 4 && marks < 8; i++) {
    try {
      const inner = (frames[i] as HTMLIFrameElement).contentDocument;
      if (inner) marks += marksIn(inner);
    } catch {
      /* cross-origin */
    }
  }
  return marks >= 8;
}
