// PRC public holidays (放假调休 ranges) and make-up working days (调休上班), as editable data.
// Supervisors: edit this file (or override it in options) when the State Council publishes a notice.
//
// 2026 — 国务院办公厅关于2026年部分节假日安排的通知 (published November 2025). Copied from the
//        notice; check it against the official text at www.gov.cn before relying on it.
// 2027 — PROJECTED, NOT OFFICIAL. The 2027 notice had not been checked when this file was written.
//        The ranges below cover the statutory days of the 全国年节及纪念日放假办法 (2024 revision:
//        元旦1天, 春节4天含除夕, 清明1天, 劳动节2天, 端午1天, 中秋1天, 国庆3天) plus the usual bridge
//        days; no make-up working days are guessed. Replace with the official notice when it appears.
import type { Localized } from '../../i18n/locale';
import type { HolidayCalendar } from '../types';

/** The holidays' names in each UI language (the calendar keeps the Chinese name as its key). */
export const CN_HOLIDAY_NAMES: Record<string, Localized> = {
  元旦: { 'zh-CN': '元旦', 'zh-TW': '元旦', en: "New Year's Day" },
  春节: { 'zh-CN': '春节', 'zh-TW': '春節', en: 'Spring Festival' },
  清明节: { 'zh-CN': '清明节', 'zh-TW': '清明節', en: 'Qingming Festival' },
  劳动节: { 'zh-CN': '劳动节', 'zh-TW': '勞動節', en: 'Labour Day' },
  端午节: { 'zh-CN': '端午节', 'zh-TW': '端午節', en: 'Dragon Boat Festival' },
  中秋节: { 'zh-CN': '中秋节', 'zh-TW': '中秋節', en: 'Mid-Autumn Festival' },
  国庆节: { 'zh-CN': '国庆节', 'zh-TW': '國慶日', en: 'National Day' },
};

export const CN_HOLIDAYS: HolidayCalendar = {
  years: [
    {
      year: 2026,
      status: 'official',
      source: '国务院办公厅关于2026年部分节假日安排的通知',
      holidays: [
        { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
        { name: '春节', from: '2026-02-15', to: '2026-02-23' },
        { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
        { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
        { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
        { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
        { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
      ],
      makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    },
    {
      year: 2027,
      status: 'projected',
      source: 'PROJECTED from the statutory days (全国年节及纪念日放假办法); not the official notice',
      holidays: [
        { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
        { name: '春节', from: '2027-02-05', to: '2027-02-11' },
        { name: '清明节', from: '2027-04-03', to: '2027-04-05' },
        { name: '劳动节', from: '2027-05-01', to: '2027-05-05' },
        { name: '端午节', from: '2027-06-09', to: '2027-06-09' },
        { name: '中秋节', from: '2027-09-15', to: '2027-09-15' },
        { name: '国庆节', from: '2027-10-01', to: '2027-10-07' },
      ],
      makeUpWorkdays: [],
    },
  ],
};
