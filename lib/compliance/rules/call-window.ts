// Calls only inside the allowed hours at the debtor's location (every candidate zone must agree).
// cn-bank: the window never starts before 08:00 or ends after 22:00 (resolveLimits clamps it); the
// debtor's own recorded consent to another time is the only way past it, and the call says so.
import { addDays, formatHhMm, localTime, parseHhMm, zonedTimeToEpoch } from '../../time';
import { PROFILES } from '../profiles';
import { DEBTOR_CONTACT, type ConsentWindow } from '../types';
import { finding, type CallContext, type CallRule } from './rule';
import { formatLocalized } from '../../i18n/format';

interface Span {
  start: number;
  end: number;
}

const inside = (m: number, s: Span) => m >= s.start && m < s.end;

/** The consent window that applies to this call, as minutes, or null. */
export function applicableConsent(ctx: CallContext): (Span & { consent: ConsentWindow }) | null {
  const c = ctx.input.consentWindow;
  if (!c || !PROFILES[ctx.input.profile].consentWidensWindow) return null;
  if ((ctx.input.contact ?? DEBTOR_CONTACT) !== DEBTOR_CONTACT || c.at > ctx.now) return null;
  try {
    const span = { start: parseHhMm(c.start), end: parseHhMm(c.end) };
    return span.start < span.end ? { ...span, consent: c } : null;
  } catch {
    return null;
  }
}

/** Epoch of the next local minute `m` at or after the local time `l` (today or tomorrow). */
function nextAt(l: { isoDate: string; minutesOfDay: number }, m: number, zone: string): number {
  return zonedTimeToEpoch(l.minutesOfDay < m ? l.isoDate : addDays(l.isoDate, 1), m, zone);
}

export const callWindowRule: CallRule = {
  id: 'call-window',
  title: { 'zh-CN': '允许拨打时段', 'zh-TW': '允許撥打時段', en: 'Allowed calling hours' },
  source: {
    kind: 'bank-policy',
    citation: 'cn-bank: 行内催收规范 08:00–21:00，2026 行业指引不早于 08:00、不晚于 22:00（债务人同意的除外）; us-regf: 12 CFR 1006.6(b)(1)(i)',
  },
  timing: true,
  evaluate(ctx) {
    const window = { start: parseHhMm(ctx.limits.callWindowStart), end: parseHhMm(ctx.limits.callWindowEnd) };
    const consent = applicableConsent(ctx);
    const outside: { zone: string; local: string; next: number }[] = [];
    let viaConsent = false;
    for (const zone of ctx.zones.candidates) {
      const l = localTime(ctx.now, zone);
      if (inside(l.minutesOfDay, window)) continue;
      if (consent && inside(l.minutesOfDay, consent)) {
        viaConsent = true;
        continue;
      }
      const next = Math.min(nextAt(l, window.start, zone), consent ? nextAt(l, consent.start, zone) : Infinity);
      outside.push({ zone, local: formatHhMm(l.minutesOfDay), next });
    }
    const w = `${ctx.limits.callWindowStart}–${ctx.limits.callWindowEnd}`;
    if (outside.length === 0) {
      if (!viaConsent || !consent) return [];
      const cw = `${consent.consent.start}–${consent.consent.end}`;
      return [
        finding(
          this,
          'info',
          formatLocalized(
            {
              'zh-CN': '债务人已同意在 {cw} 接听来电（已记录）：本次在常规时段 {w} 之外拨打',
              'zh-TW': '債務人已同意在 {cw} 接聽來電（已記錄）：本次在常規時段 {w} 之外撥打',
              en: 'The debtor consented to calls at {cw} (recorded): this call is outside the usual hours {w}',
            },
            { cw, w },
          ),
        ),
      ];
    }
    const where = outside.map((o) => `${o.local} (${o.zone})`).join(', ');
    return [
      finding(
        this,
        'block',
        formatLocalized(
          {
            'zh-CN': '债务人当地时间 {where} 不在允许拨打时段 {w} 内',
            'zh-TW': '債務人當地時間 {where} 不在允許撥打時段 {w} 內',
            en: "Debtor's local time {where} is outside the allowed calling hours {w}",
          },
          { where, w },
        ),
        {
          nextAllowedAt: Math.max(...outside.map((o) => o.next)),
          suggestion: {
            'zh-CN': '请在允许时段内再拨打，或与债务人约定回访时间（其同意的其他时段须在小结中记录）。',
            'zh-TW': '請在允許時段內再撥打，或與債務人約定回訪時間（其同意的其他時段須在小結中記錄）。',
            en: 'Call again within the allowed hours, or agree a call-back time with the debtor (record any other time they consent to in the wrap-up).',
          },
        },
      ),
    ];
  },
};
