// Ranks the scripts of a scenario for this debtor and call (DPD bucket, product, persona, stage) and
// fills their variables. Never hides a script: disclosing ones are flagged, the compliance guard decides.
import type { Script } from '@/lib/packs/schema';
import { bucketFromDays } from '@/lib/domain/bucket';
import { fillScript, type Segment, type VariableValues } from '@/lib/packs/variables';
import type { Locale } from '@/lib/i18n/locale';

export interface RankContext {
  /** M0…M6+; derived from daysPastDue when absent. */
  bucket?: string | null;
  daysPastDue?: number | null;
  /** Product as shown in the CRM ("信用卡", "个人消费贷款") or a pack product tag. */
  product?: string | null;
  persona?: string | null;
  stage?: string | null;
  /** Until identity is verified, scripts that disclose the debt sink and are flagged `heldBack`. */
  identityVerified?: boolean;
  locale?: Locale;
}

export interface RankedScript<S extends Script = Script> {
  script: S;
  score: number;
  /** Why it ranked where it did: matched tags such as `bucket:M2`, `persona:indecisive`. */
  reasons: string[];
  heldBack: boolean;
  segments: Segment[];
  /** The one-breath form in the same locale, when the script has one (shown first; the full text a key away). */
  shortSegments?: Segment[];
}

// CRM product names → pack product tags. Order matters: the first match wins.
const PRODUCT_TAGS: [RegExp, string][] = [
  [/信用卡|贷记卡|credit ?card|卡/i, 'credit-card'],
  [/房贷|按揭|住房|mortgage/i, 'mortgage'],
  [/车贷|汽车|auto|car/i, 'auto-loan'],
  [/经营|商户|企业|小微|business|农户/i, 'business-loan'],
  [/消费|个人贷|信用贷|现金贷|consumer|personal/i, 'consumer-loan'],
];

export function productTag(product: string | null | undefined): string | null {
  if (!product) return null;
  const p = product.trim();
  if (/^[a-z-]+$/.test(p)) return p;
  for (const [re, tag] of PRODUCT_TAGS) if (re.test(p)) return tag;
  return null;
}

/** Tag match: +weight when the script lists the value, −weight/2 when it lists others, 0 when untagged. */
function tagScore(tags: readonly string[], value: string | null | undefined, weight: number): number {
  if (!value || tags.length === 0) return 0;
  return tags.includes(value) ? weight : -weight / 2;
}

export function rankScripts<S extends Script>(scripts: readonly S[], ctx: RankContext, vars: VariableValues): RankedScript<S>[] {
  const bucket = ctx.bucket || (typeof ctx.daysPastDue === 'number' ? bucketFromDays(ctx.daysPastDue) : null);
  const product = productTag(ctx.product);
  const ranked = scripts.map((script, i) => {
    const reasons: string[] = [];
    const parts: [number, string][] = [
      [tagScore(script.buckets, bucket, 2), `bucket:${bucket}`],
      [tagScore(script.products, product, 1.5), `product:${product}`],
      [tagScore(script.personas, ctx.persona, 1.5), `persona:${ctx.persona}`],
      [ctx.stage ? (script.stage === ctx.stage ? 1 : 0) : 0, `stage:${ctx.stage}`],
    ];
    let score = 0;
    for (const [s, why] of parts) {
      score += s;
      if (s > 0) reasons.push(why);
    }
    const heldBack = script.discloses && ctx.identityVerified === false;
    if (heldBack) score -= 100;
    // Keep pack order among equals: earlier scripts are the author's first choice.
    score -= i * 1e-3;
    const locale = ctx.locale ?? 'zh-CN';
    const text = (locale !== 'zh-CN' && script.translations?.[locale]) || script.text;
    const short = (locale !== 'zh-CN' && script.short?.[locale]) || script.short?.['zh-CN'];
    return {
      script,
      score,
      reasons,
      heldBack,
      segments: fillScript(text, vars, locale),
      ...(short ? { shortSegments: fillScript(short, vars, locale) } : {}),
    };
  });
  return ranked.sort((a, b) => b.score - a.score);
}
