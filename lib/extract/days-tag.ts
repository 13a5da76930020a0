// The days past due said in a tag, a badge or a short line rather than under a label: "逾期 47 天",
// "M1 · 逾期 25 天", "DPD 47", "62 DPD", "Past due 63 days", "128 days delinquent". One home for
// the scan (any text) and the header-line reader (one part of the line). A range or a threshold
// ("逾期30天以上", "超过逾期 90 天", "90 days past due or more", "DPD 90+") is a filter, never
// the debtor's days.

/** One of the groups holds the number. */
export const DAYS_TAG_RE =
  /(?<!超过|大于|小于|超過|大於|小於)逾期\s*(\d{1,4})\s*[天日](?!\s*(?:以上|以下|以内|以內|内|內|及以上|[+~～-]|至|到))|past due\s+(\d{1,4})\s+days?|(\d{1,4})\s+days?\s+(?:past due|overdue|in arrears|delinquent)(?!\s*(?:or more|\+))|\bdpd\s*(\d{1,4})\b(?!\s*\+)|\b(\d{1,4})\s*dpd\b(?!\s*\+)/i;

/** The number of days a tag says, or null. */
export function daysInTag(text: string): number | null {
  const m = DAYS_TAG_RE.exec(text);
  return m ? Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]) : null;
}
