// What the OS notifications of reminders say, in the agent's UI language. A small table beside the
// reminders (the background that shows them carries no UI locale tables), in the one message
// format (ICU, lib/i18n/format) and the one Locale type.
import { formatMessage, type MessageValues } from '../i18n/format';
import type { Locale, Localized } from '../i18n/locale';

const TEXTS = {
  dueTitle: { 'zh-CN': '还款承诺今日到期', 'zh-TW': '還款承諾今日到期', en: 'Promise to pay due today' },
  dueTomorrowTitle: { 'zh-CN': '还款承诺明日到期', 'zh-TW': '還款承諾明日到期', en: 'Promise to pay due tomorrow' },
  due: {
    'zh-CN': '{who}的还款承诺今日到期，请在 CRM 中核实是否到账。',
    'zh-TW': '{who}的還款承諾今日到期，請在 CRM 中核實是否入帳。',
    en: 'The promise to pay of {who} is due today: check in the CRM whether the payment arrived.',
  },
  dueTomorrow: {
    'zh-CN': '{who}的还款承诺明日到期，请在 CRM 中核实是否到账。',
    'zh-TW': '{who}的還款承諾明日到期，請在 CRM 中核實是否入帳。',
    en: 'The promise to pay of {who} is due tomorrow: check in the CRM whether the payment arrived.',
  },
  dueDetails: {
    'zh-CN': '{who}承诺今日通过{method}还款 {amount}。请核实是否到账。',
    'zh-TW': '{who}承諾今日透過{method}還款 {amount}。請核實是否入帳。',
    en: '{who} promised to pay {amount} by {method} today. Check whether it arrived.',
  },
  dueTomorrowDetails: {
    'zh-CN': '{who}承诺明日通过{method}还款 {amount}。请核实是否到账。',
    'zh-TW': '{who}承諾明日透過{method}還款 {amount}。請核實是否入帳。',
    en: '{who} promised to pay {amount} by {method} tomorrow. Check whether it arrived.',
  },
  summary: {
    'zh-CN': '今日共有 {count} 笔还款承诺到期，请在侧边栏“今日到期”中逐一核实。',
    'zh-TW': '今日共有 {count} 筆還款承諾到期，請在側邊欄「今日到期」中逐一核實。',
    en: '{count, plural, one {# promise to pay is} other {# promises to pay are}} due today: check each under "Due today" in the side panel.',
  },
  callbackTitle: { 'zh-CN': '约定回拨时间到了', 'zh-TW': '約定回撥時間到了', en: 'Time for the agreed call-back' },
  callback: {
    'zh-CN': '{who}约定 {time}（债务人当地时间）回拨，请现在联系。',
    'zh-TW': '{who}約定 {time}（債務人當地時間）回撥，請現在聯絡。',
    en: '{who} asked to be called back at {time} (their local time): call now.',
  },
  /** Who, by default: the surname and the account's last four digits. */
  whoMasked: { 'zh-CN': '{surname}*', 'zh-TW': '{surname}*', en: '{surname}*' },
  whoUnknown: { 'zh-CN': '客户', 'zh-TW': '客戶', en: 'a customer' },
  tail: { 'zh-CN': '（尾号 {tail}）', 'zh-TW': '（尾號 {tail}）', en: ' (account ending {tail})' },
  /** Who, with details on: the full name and the account as shown. */
  whoDetails: { 'zh-CN': '{name}（{account}）', 'zh-TW': '{name}（{account}）', en: '{name} ({account})' },
  debtor: { 'zh-CN': '债务人', 'zh-TW': '債務人', en: 'The debtor' },
} satisfies Record<string, Localized>;

export type ReminderTextKey = keyof typeof TEXTS;

/** A reminder's words in `locale`. */
export function reminderText(locale: Locale, key: ReminderTextKey, values?: MessageValues): string {
  return formatMessage(TEXTS[key][locale], locale, values);
}
