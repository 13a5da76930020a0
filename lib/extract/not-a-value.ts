// What on a CRM page is never a debtor's value or label: the page's own controls and chrome
// (buttons, menus, tabs, breadcrumbs, pagination, headings, placeholders) and texts that name an
// action ("编辑客户", "查看借款人详情", "Edit Co-Borrower"). A wrong value shown as fact is worse
// than a blank, so anything here is dropped before scoring. Checks climb a few ancestors only.
import { flatParent } from './flat-tree';

/** Why an element cannot hold a value (or a label); null when it can. */
export type ChromeReason = 'button' | 'link-action' | 'navigation' | 'heading' | 'placeholder' | 'tab';

const BUTTON_ROLES = new Set(['button', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'switch']);
const NAV_ROLES = new Set(['navigation', 'menu', 'menubar', 'toolbar', 'tablist', 'tooltip']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Class tokens of UI-kit chrome: Element, Ant, layui, Bootstrap, Arco, TDesign, iView, Vuetify, EasyUI, SLDS. */
function chromeClass(token: string): ChromeReason | null {
  const t = token.toLowerCase();
  if (t.includes('placeholder')) return 'placeholder';
  if (t.includes('breadcrumb') || t.includes('pagination') || t.includes('pager') || t.includes('navbar') || t === 'nav') return 'navigation';
  if (t.endsWith('-menu') || t.includes('-menu-') || t.includes('menu__') || t === 'menu' || t.includes('dropdown-menu')) return 'navigation';
  if (t === 'btn' || t.startsWith('btn-') || t.endsWith('-btn') || t.includes('-btn-') || t === 'button' || t.endsWith('-button') || t.includes('button__')) return 'button';
  if (t.includes('tabs-nav') || t.includes('tabs__header') || t.includes('tabs__nav') || t.endsWith('-tab') || t.includes('tabs-tab') || (!t.includes('--') && /tabstrip|tab-?bar/.test(t))) return 'tab';
  if (t.includes('toolbar') || t.includes('command-bar') || t.includes('commandbar')) return 'navigation';
  return null;
}

const CLIMB = 6;

/**
 * The reason an element (or one of its nearest ancestors, across shadow roots) is page chrome.
 * Links are values (a linked name or case number) unless their text names an action. With
 * `near` (the value's label), the climb stops at the first box holding both.
 */
export function chromeReason(el: Element | null, near?: Element): ChromeReason | null {
  let nearBoxes: Set<Element> | null = null;
  if (near) {
    // A label has several candidates: its boxes are gathered once per scan.
    nearBoxes = nearCache.get(near) ?? null;
    if (!nearBoxes) nearCache.set(near, (nearBoxes = ancestorsOf(near)));
  }
  let n: Element | null = el;
  for (let i = 0; n && i < CLIMB; i++, n = flatParent(n)) {
    // The box a value shares with its label is a row, whatever it is clickable as.
    if (nearBoxes && n !== el && nearBoxes.has(n)) return null;
    const own = ownChrome(n);
    if (own) return own;
  }
  return null;
}

/** The boxes around an element (as shown), nearest first, up to the page's top. */
function ancestorsOf(el: Element): Set<Element> {
  const out = new Set<Element>();
  for (let n: Element | null = el, i = 0; n && i < 40; i++, n = flatParent(n)) out.add(n);
  return out;
}

/** Elements seen during one scan (cleared by resetChromeCache): labels and values share ancestors. */
let ownCache = new Map<Element, ChromeReason | null>();
/** The boxes around each label asked about during one scan (chromeReason's `near`). */
let nearCache = new Map<Element, Set<Element>>();

export function resetChromeCache(): void {
  ownCache = new Map();
  nearCache = new Map();
}

/** Is this element itself a heading (h1–h6 or role=heading)? */
export function isOwnHeading(n: Element): boolean {
  return ownChrome(n) === 'heading';
}

/** Is this element itself a button (by tag, role or a kit's button class)? */
export function isOwnButton(n: Element): boolean {
  return ownChrome(n) === 'button';
}

/** Is this element itself chrome (not its ancestors)? */
function ownChrome(n: Element): ChromeReason | null {
  const known = ownCache.get(n);
  if (known !== undefined) return known;
  let r: ChromeReason | null = null;
  const tag = n.localName;
  if (tag === 'button' || tag === 'summary' || tag === 'option') r = 'button';
  else if (tag === 'nav' || tag === 'menu') r = 'navigation';
  else if (HEADINGS.has(tag)) r = 'heading';
  // No attribute: no role, type or class to make it chrome.
  else if (!n.hasAttributes()) r = null;
  else {
    const role = n.getAttribute('role');
    if (role) {
      if (BUTTON_ROLES.has(role)) r = 'button';
      else if (role === 'tab') r = 'tab';
      else if (NAV_ROLES.has(role)) r = 'navigation';
      else if (role === 'heading') r = 'heading';
    }
    if (!r && tag === 'input' && /^(button|submit|reset)$/i.test(n.getAttribute('type') ?? '')) r = 'button';
    const cls = r ? null : n.getAttribute('class');
    if (cls) {
      for (const token of cls.split(/\s+/)) {
        r = token ? chromeClass(token) : null;
        if (r) break;
      }
    }
  }
  ownCache.set(n, r);
  return r;
}

/** Verbs and nouns of actions and sections: a text holding one is a control or a heading, not a value. */
const ACTION_ZH =
  /编辑|查看|新增|添加|删除|修改|更多|导出|打印|保存|提交|取消|返回|登录|登出|退出|点击|搜索|查询|重置|分配|转派|拨打|呼叫|发送|短信|上传|下载|复制|展开|收起|详情|信息|资料|列表|管理|记录|設定|編輯|檢視|刪除|詳情|資料|紀錄|設置|设置|操作|请输入|请选择|请填写|請輸入|請選擇|撥打|撥號|拨号|簡訊|傳送|查詢|列印|匯出|儲存|詳細|变更|變更|更改|发起|發起/;
const ACTION_EN =
  /\b(edit|view|add|delete|remove|update|save|cancel|submit|details?|call|dial|sms|email|search|export|print|assign|log ?in|log ?out|sign ?in|sign ?out|select|enter|click|create|information|info|profile|settings?|amend|modify|change|raise)\b/i;

/** Does a short text name an action or a section rather than a person, product or place? */
export function namesAnAction(text: string): boolean {
  return ACTION_ZH.test(text) || ACTION_EN.test(text);
}

/** Filters and empty pickers show these instead of a value: "全部", "--请选择--", "All". */
export const FILTER_WORD_RE = /^[-—\s]*(全部|所有|不限|请选择|請選擇|all|any|select|please select|--)(?:[\s/]+(?:all|any|全部|所有))?[-—\s]*$/i;
