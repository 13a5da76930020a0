// The collector logged in to the CRM, as its header shows ("当前用户：A1027 王琳"): the panel fills
// `{agentName}` / `{agentId}` from it when Options has no agent profile. Never a debtor field.
// Read from the one scan: these labels are decoys of the dictionary (they claim their value for no
// debtor field), and their "label：value" hits are parsed here.
import type { LabelHit } from './scan';

export interface LoggedInAgent {
  id?: string;
  name?: string;
}

/** Labels a CRM header puts before the logged-in collector. */
export const AGENT_LABELS = ['当前用户', '當前用戶', '当前登录', '當前登入', '登录用户', '登入用戶', '登录人', '当前坐席', '當前座席'];

const LABEL_SET = new Set(AGENT_LABELS);
const VALUE = /^([A-Za-z]{0,3}\d{2,10})?\s*([\u4e00-\u9fff·]{2,6})?/;

/** The first "当前用户：…" the scan met, as the agent's id and name. */
export function agentFromHits(hits: readonly LabelHit[]): LoggedInAgent | undefined {
  for (const hit of hits) {
    if (hit.inline === undefined || !LABEL_SET.has(hit.label.trim())) continue;
    const m = VALUE.exec(hit.inline.trim());
    if (!m || (!m[1] && !m[2])) continue;
    return { ...(m[1] ? { id: m[1] } : {}), ...(m[2] ? { name: m[2] } : {}) };
  }
  return undefined;
}
