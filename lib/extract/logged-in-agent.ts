// The collector logged in to the CRM, as its header shows ("当前用户：A1027 王琳"): the panel fills
// `{agentName}` / `{agentId}` from it when Options has no agent profile. Never a debtor field.

export interface LoggedInAgent {
  id?: string;
  name?: string;
}

const LABEL = '(?:当前用户|當前用戶|当前登录|當前登入|登录用户|登入用戶|登录人|当前坐席|當前座席)';
const AGENT = new RegExp(`${LABEL}\\s*[:：]\\s*([A-Za-z]{0,3}\\d{2,10})?\\s*([\\u4e00-\\u9fff·]{2,6})?`);
const MAX_NODES = 3000;

/** Read from the page's text nodes (the first match, within the first few thousand nodes). */
export function readLoggedInAgent(doc: Document): LoggedInAgent | undefined {
  if (!doc.body) return undefined;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let n = 0;
  for (let node = walker.nextNode(); node && n < MAX_NODES; node = walker.nextNode(), n++) {
    const text = node.nodeValue ?? '';
    if (text.length > 300 || !/[:：]/.test(text)) continue;
    const m = AGENT.exec(text);
    if (!m || (!m[1] && !m[2])) continue;
    return { ...(m[1] ? { id: m[1] } : {}), ...(m[2] ? { name: m[2] } : {}) };
  }
  return undefined;
}
