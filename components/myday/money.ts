// Amounts by currency as one line: "¥1,000.10 + HK$300.00" (never summed across currencies).
import type { MoneyTotals } from '@/lib/analytics/my-day';
import { formatMoney } from '@/lib/format/money';

export function formatTotals(totals: MoneyTotals, locale: string): string {
  const entries = Object.entries(totals).sort(([a], [b]) => (a === 'CNY' ? -1 : b === 'CNY' ? 1 : a.localeCompare(b)));
  return entries.length ? entries.map(([currency, amount]) => formatMoney(amount, locale, currency)).join(' + ') : formatMoney(0, locale);
}
