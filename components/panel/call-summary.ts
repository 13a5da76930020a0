// The short call summary "插入通话小结" puts into the CRM's note box: outcome, promise and the
// situations met, in the UI language. Built from what the wrap-up holds; never the debtor's words verbatim.
import type { Translate } from '@/lib/i18n';
import { isOutcomeCode } from '@/lib/call/outcomes';
import { formatMoneyFigure } from '@/lib/format/money';
import type { PromiseDraft } from '@/lib/call/outcomes';

export interface SummaryInput {
  dayISO: string;
  outcome: string;
  promise: PromiseDraft;
  /** Titles of the situations met on the call, in order. */
  points: readonly string[];
  /** Outcome `callback`: the agreed time as the wrap-up's field holds it (debtor's clock) and their zone. */
  callback?: { text: string; zone: string };
}

export function callSummary({ dayISO, outcome, promise, points, callback }: SummaryInput, t: Translate, locale: string): string {
  const parts: string[] = [];
  if (isOutcomeCode(outcome)) parts.push(t('wrap.summary.outcome', { outcome: t(`outcome.${outcome}`) }));
  if (outcome === 'ptp' && (promise.amount || promise.date)) {
    const amount = Number(promise.amount);
    parts.push(
      t('wrap.summary.promise', {
        date: promise.date || '＿＿＿',
        method: promise.method.trim() || '＿＿＿',
        amount: promise.amount && Number.isFinite(amount) ? formatMoneyFigure(amount, locale) : '＿＿＿',
      }),
    );
  }
  if (outcome === 'callback' && callback?.text) parts.push(t('wrap.summary.callback', { at: callback.text.replace('T', ' '), zone: callback.zone }));
  if (points.length) parts.push(t('wrap.summary.points', { points: points.join(t('wrap.summary.listSeparator')) }));
  return `${t('wrap.summary.head', { date: dayISO })}${parts.join(t('wrap.summary.separator'))}`;
}
