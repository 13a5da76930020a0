// Money as the agent reads it, everywhere in the product: the currency's sign as a mainland bank
// writes it (¥, HK$, NT$, US$ — whatever the UI language), then the figure grouped in the UI
// language with two decimals. Built on Intl.NumberFormat; never throws on a strange currency code.

const intlLocale = (locale: string) => (locale === 'en' ? 'en-US' : locale);

const figureFormats = new Map<string, Intl.NumberFormat>();
const signs = new Map<string, string>();

/** The figure alone, two decimals, grouped: 12,345.50 (a script writes "{amountOverdue}元"). */
export function formatMoneyFigure(amount: number, locale: string): string {
  const key = intlLocale(locale);
  let f = figureFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(key, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    figureFormats.set(key, f);
  }
  return f.format(amount);
}

/** ¥ for CNY, HK$, NT$, US$, € …; a code Intl has no sign for stands as itself, then a space. */
function currencySign(currency: string): string {
  let sign = signs.get(currency);
  if (sign === undefined) {
    try {
      const parts = new Intl.NumberFormat('zh-CN', { style: 'currency', currency }).formatToParts(0);
      sign = parts.find((p) => p.type === 'currency')?.value ?? currency;
    } catch {
      sign = currency; // not a well-formed ISO 4217 code
    }
    if (/[A-Za-z]$/.test(sign)) sign += ' ';
    signs.set(currency, sign);
  }
  return sign;
}

/** ¥12,345.50 — the sign of `currency` (CNY when unknown) and the figure in the UI language. */
export function formatMoney(amount: number, locale: string, currency?: string): string {
  return `${currencySign(currency || 'CNY')}${formatMoneyFigure(amount, locale)}`;
}
