// The names a workbench may label transcript lines with instead of 客户 / 坐席: the debtor's name as
// the case page shows it (and its polite forms, 张先生 / 张女士), the logged-in agent's name and id.
import type { DebtorContext } from '@/lib/extract/types';

const CJK_NAME = /^[\u4e00-\u9fff·]{2,5}$/;

function usable(s: unknown): s is string {
  return typeof s === 'string' && s.length >= 2 && s.length <= 30 && !/[*＊×]/.test(s) && !/\s{2,}/.test(s);
}

export function namesFromContext(ctx: DebtorContext | null | undefined): { debtor: string[]; agent: string[] } {
  const debtor: string[] = [];
  const agent: string[] = [];
  const name = ctx?.fields?.name?.value;
  if (usable(name)) {
    debtor.push(name);
    if (CJK_NAME.test(name)) debtor.push(`${name[0]}先生`, `${name[0]}女士`, `${name[0]}小姐`);
  }
  if (usable(ctx?.agent?.name)) agent.push(ctx.agent.name);
  if (usable(ctx?.agent?.id)) agent.push(ctx.agent.id);
  // A name both sides share (a page that shows the agent as the debtor) says nothing.
  return { debtor: debtor.filter((n) => !agent.includes(n)), agent: agent.filter((n) => !debtor.includes(n)) };
}
