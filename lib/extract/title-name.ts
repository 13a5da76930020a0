// The debtor named only by the title of the block that shows their details ("<h2>劉建志</h2>",
// a card header "蒋雨桐 M4", "<h6>Aisha Rahman</h6>"): many CRMs have no 姓名 label at all. Read
// only when no label named anyone, from a title before the debtor's other fields and around them
// (never a list row, page chrome or another party's section), and only when the text is shaped
// like a person's name. A Chinese name with a common surname, or a name the page's own title
// repeats, is shown as fact; any other is shown for checking (请核对).
import { chromeReason } from './not-a-value';
import { looksHidden } from './visibility';

/** The most common Chinese surnames (about nine in ten people), Simplified and Traditional. */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文施洪辛柯庄葛' +
  '張劉陳楊黃趙吳孫馬羅鄭謝許韓鄧馮蕭蔣葉蘇呂盧鍾譚陸韋賈鄒閆龍賀顧龔萬錢嚴湯賴莊簡游詹翁溫';
const COMPOUND_SURNAME = /^(?:欧阳|歐陽|司马|司馬|上官|诸葛|諸葛|东方|東方|皇甫|令狐|慕容)/;
const HAN_NAME = /^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}$/;
/** Two to four words of a Latin-script name: accents (Siobhán Ní Bhriain), O'Sullivan, Whitfield-Hughes, a middle initial (Maria L. Okonkwo). */
const LATIN_NAME = /^\p{Lu}\p{Ll}*(?:['’-]\p{L}+)*(?: (?:\p{Lu}\.|\p{Lu}\p{Ll}*(?:['’-]\p{L}+)*)){1,3}$/u;
/** Words of section and page titles, never of a person's name. */
const TITLE_WORDS = /\b(?:details?|summary|overview|info(?:rmation)?|profile|records?|history|payments?|contacts?|notes?|activit(?:y|ies)|dashboard|home|queue|settings|search|results?|collections?|customers?|accounts?|cases?|loans?|cards?|arrears|recovery|workspace|tasks?|new|edit|view|my|all)\b/i;
const TITLE_SEL = 'h1,h2,h3,h4,h5,h6,[role=heading],[class*=title],[class*=name],[class*=header],[class*=-head]';
/** Names in the page's own bar: the collector's, not the debtor's. */
const NOT_DEBTOR_CLASS = /user|login|account|nick|agent|operator|staff|avatar|owner|assignee/i;
const FOLLOWING = 0x4;

export interface TitleName {
  value: string;
  el: Element;
  confidence: number;
}

/** The text a title starts with, before a badge, a tag or a separator ("吴志远 <small>案件号…</small>"). */
function leadText(el: Element): string {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && (n as Text).data.trim()) return (n as Text).data.split(/[|｜/(（·•,，:：]|\s{2,}| - /)[0]!.trim();
    if (n.nodeType === 1) {
      const s = leadText(n as Element);
      if (s) return s;
    }
  }
  return '';
}

/** Words of Chinese section titles ("基本信息", "金额明细", "借款資料"), never of a name. */
const HAN_TITLE_WORDS = /信息|資訊|资料|資料|详情|詳情|记录|記錄|明细|明細|列表|概[览覽]|管理|计划|計劃|金[额額]|[账帳]|案件|客[户戶]|借款|[还還]款|逾期|合同|[产產]品|[联聯][系繫絡]|催收|工作|首[页頁]|[设設]置|[查]詢|查询|[统統]計|[历歷]史|[备備]註|备注|附件|任[务務]/;

/** How surely `text` is a person's name: 0 not one, 0.55 shaped like one (Latin), 0.75 a Chinese name with a common surname. */
function nameShape(text: string, isLabel: (t: string) => boolean): number {
  if (isLabel(text)) return 0;
  if (HAN_NAME.test(text)) return (SURNAMES.includes(text[0]!) || COMPOUND_SURNAME.test(text)) && !HAN_TITLE_WORDS.test(text) ? 0.75 : 0;
  return LATIN_NAME.test(text) && !TITLE_WORDS.test(text) ? 0.55 : 0;
}

const SELECTED_SEL = '[aria-selected=true],[aria-current=true],[aria-current=page],[selected],[class*=selected],[class*=active]';

/** Inside the page's bars, menus, tabs or buttons (a title is a heading: that alone is no chrome here). */
function isChrome(el: Element | null): boolean {
  const why = chromeReason(el);
  return why !== null && why !== 'heading';
}

/** A selected row or item of the page (a queue beside the open case) shows this text. */
function selectedRowSays(doc: Document, text: string): boolean {
  const rows = doc.querySelectorAll(SELECTED_SEL);
  for (let i = 0; i < rows.length && i < 20; i++) if ((rows[i]!.textContent ?? '').includes(text)) return true;
  return false;
}

/** One of several short same-classed items (a queue drawn as cells: iView's ivu-cell), a few boxes up; a row of big cards is none. */
function inRepeatedItem(t: Element): boolean {
  for (let a: Element | null = t, up = 0; a?.parentElement && up < 5; a = a.parentElement, up++) {
    const cls = a.classList[0];
    if (!cls || (a.textContent ?? '').length > 80) continue;
    let same = 0;
    for (let c = a.parentElement.firstElementChild; c && same < 3; c = c.nextElementSibling) if (c.classList.contains(cls)) same++;
    if (same >= 3) return true;
  }
  return false;
}

/**
 * The debtor's name from the title before `anchors` (the elements the debtor's other fields were
 * read from, in document order), looking up to eight boxes out from the first.
 */
export function nameFromTitle(
  doc: Document,
  anchors: Element[],
  isLabel: (t: string) => boolean,
  excluded: (el: Element) => boolean,
): TitleName | null {
  const first = anchors[0];
  if (!first || anchors.length < 2) return null;
  // Out of a shadow root to its host: the title may be in the page around the component.
  let box: Element | null = first.parentElement;
  for (let depth = 0; box && depth < 8; depth++, box = box.localName === 'body' ? null : (box.parentElement ?? ((box.parentNode as ShadowRoot | null)?.host ?? null))) {
    const titles = box.querySelectorAll(TITLE_SEL);
    // Nearest first: from the last title down, those before the first field (or around it:
    // "<h2>吴志远 <small>案件号 …</small></h2>", whose lead text is the name).
    for (let i = titles.length - 1, seen = 0; i >= 0 && seen < 60 && i > titles.length - 400; i--) {
      const t = titles[i]!;
      if (!(t.compareDocumentPosition(first) & FOLLOWING)) continue;
      seen++;
      // Not a list row, not the page's chrome (its bar names the collector: "user-name"), nothing hidden.
      if (t.closest('td,th,li,[role=row],[role=gridcell],[role=option],nav,header,[aria-hidden=true],[class*=global-header],[class*=navbar],[class*=topbar],[class*=top-bar],[class*=app-header]') || NOT_DEBTOR_CLASS.test(t.getAttribute('class') ?? '') || isChrome(t.parentElement) || inRepeatedItem(t) || looksHidden(t)) continue;
      // An honorific after the name ("蔡宗翰 先生") is no part of it.
      const text = leadText(t).replace(/\s*(?:先生|女士|小姐|太太)$/, '');
      const shape = text ? nameShape(text, isLabel) : 0;
      if (!shape || excluded(t)) continue;
      // The page's own title ("Daniel Brooks » Cases") or the selected row of a queue repeating it makes it the record's name.
      const confidence = shape < 0.75 && (doc.title.includes(text) || selectedRowSays(doc, text)) ? 0.75 : shape;
      return { value: text, el: t, confidence };
    }
  }
  return null;
}
