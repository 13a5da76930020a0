// What a live transcript is never read from: toasts and announcers, notification areas, help
// chatbots, menus and navigation, history tables, page headers, our own overlay.

/** Our own overlay (lib/extract/scan OVERLAY_ATTR), never read. */
export const OVERLAY_ATTR = 'data-daihou-overlay';


const BAD_ROLES = new Set(['alert', 'status', 'menu', 'menubar', 'navigation', 'tablist', 'tree', 'listbox', 'banner', 'tooltip', 'treegrid', 'timer', 'marquee', 'search']);
const BAD_TAGS = new Set(['nav', 'header', 'footer', 'menu', 'select', 'thead']);
const BAD_PARTS = new Set([
  'toast', 'toaster', 'notification', 'notifications', 'notify', 'notice', 'snackbar', 'alert', 'alerts', 'announcer',
  'chatbot', 'bot', 'robot', 'helper', 'help', 'helpdesk', 'faq', 'copilot',
  'menu', 'nav', 'navbar', 'dropdown', 'popover', 'tooltip', 'breadcrumb', 'topbar', 'pagination',
  'audit', 'oplog', 'changelog',
]);
/** Whole class tokens of UI kits' message toasts (their parts are too common to refuse on). */
const BAD_TOKENS = new Set(['el-message', 'ant-message', 'el-notification', 'ant-notification', 'ivu-message', 'ivu-notice', 'van-toast', 'layui-layer-msg', 'arco-message', 'n-message']);
const BAD_NAMES = /帮助|幫助|机器人|機器人|智能客服|在线客服|線上客服|通知|消息中心|菜单|選單|导航|導覽|\bhelp\b|\bbot\b|chatbot|notification|\bmenu\b|navigation/i;

function badByClass(el: Element): boolean {
  const cls = el.getAttribute('class');
  const id = el.id;
  for (const token of `${cls ?? ''} ${id}`.toLowerCase().split(/\s+/)) {
    if (!token) continue;
    if (BAD_TOKENS.has(token)) return true;
    for (const p of token.split(/[-_]+/)) if (BAD_PARTS.has(p)) return true;
  }
  return false;
}

/** Headings of areas that show a conversation that is not the call going on: sample dialogues, a past call. */
const NOT_LIVE_HEADINGS = /话术|話術|知识库|知識庫|范例|範例|示例|模板|样例|樣例|参考|參考|历史|歷史|回放|质检|質檢|培训|培訓|操作日志|操作记录|操作記錄|审计|審計|\b(?:examples?|samples?|templates?|scripts?|playbook|history|playback|knowledge|audit|activity)\b/i;
const MAX_HEADING = 40;

/** The short texts that title the container: its previous siblings', and its ancestors' (three levels). */
export function headingsNear(container: Element): string {
  let out = '';
  for (let el: Element | null = container, i = 0; el && i < 3; el = el.parentElement, i++) {
    const prev = el.previousElementSibling;
    const t = prev?.textContent ?? '';
    if (t && t.length <= MAX_HEADING) out += ` ${t}`;
    out += ` ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`;
    const by = el.getAttribute('aria-labelledby');
    if (by) out += ` ${el.ownerDocument.getElementById(by.split(/\s+/)[0]!)?.textContent?.slice(0, MAX_HEADING) ?? ''}`;
  }
  return out;
}

/** A container inside a toast, a notification area, a help chatbot, a menu, a history table or a header. */
export function isDistractor(container: Element): boolean {
  let el: Element | null = container;
  for (let i = 0; el && i < 12; i++, el = el.parentElement) {
    if (el.localName === 'body' || el.localName === 'html') break;
    if (el.hasAttribute(OVERLAY_ATTR)) return true;
    const role = el.getAttribute('role');
    if (role && BAD_ROLES.has(role)) return true;
    if (BAD_TAGS.has(el.localName)) return true;
    // Class names and accessible names only close by: a page-wide layout class ("has-nav") says nothing.
    if (i < 3 && badByClass(el)) return true;
    const name = i < 3 ? `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}` : '';
    if (name.length > 1 && BAD_NAMES.test(name)) return true;
    // A live region that is a toast area: assertive, or marked atomic (one message replacing the last).
    if (i === 0 && el.getAttribute('aria-atomic') === 'true') return true;
  }
  if (NOT_LIVE_HEADINGS.test(headingsNear(container))) return true;
  // A table whose header names record columns (通话时间 / 结果 / 摘要) is a history, not a transcript.
  const table = container.closest('table');
  if (table) {
    const head = table.tHead?.textContent ?? '';
    if (/结果|結果|摘要|备注|備註|outcome|result|summary|duration|时长|時長/i.test(head)) return true;
  }
  return false;
}

const BOT = /(?:^|[-_\s])(?:bot|robot|chatbot|ai)(?:$|[-_\s])/i;
/** A line of a help chatbot's conversation: it or its first parts are classed bot / robot / ai. */
export function botLine(line: Element): boolean {
  if (BOT.test(line.getAttribute('class') ?? '')) return true;
  for (let c = line.firstElementChild; c; c = c.nextElementSibling) if (BOT.test(c.getAttribute('class') ?? '')) return true;
  return false;
}
