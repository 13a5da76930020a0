// Reads the debtor context from any CRM page with no per-site code: one pass collects label
// candidates (document, open shadow roots, same-origin iframes), structure pairs each label
// with its value, the best-scoring candidate wins per field, and site adapters win over all.
// Reads only; never changes the page, never unmasks a masked value.
import { matchAdapters, mergedRules, type SiteAdapter } from './adapters';
import { defaultDictionary, LabelDictionary } from './dictionary';
import { DECOY_LABELS, FIELD_RULES, parseFieldValue, type FieldRule, type ParsedValue } from './fields';
import { bucketFromDays, cleanText, localeCurrency } from './normalize';
import { labelElementOf, looksHidden, resetSlots, valueCandidates, controlValue, type ValueCandidate } from './pair';
import { fastSelector, resolveSelector } from './pick-selector';
import { readCrmHistory } from './crm-history';
import { detectPageKind } from './page-kind';
import { scanDocument, type LabelHit, type ScanRoot } from './scan';
import type { DebtorContext, DebtorFields, ExtractedField, FieldName } from './types';

export interface ExtractOptions {
  /** Site adapters (all of them; those matching the page URL are applied). */
  adapters?: readonly SiteAdapter[];
  /** The URL to match adapters against and report (defaults to the document's). */
  url?: string;
}

/** The documents and shadow roots a context was read from, so a watcher can observe them all. */
const rootsOfContext = new WeakMap<DebtorContext, Node[]>();
export function scannedRoots(ctx: DebtorContext): Node[] {
  return rootsOfContext.get(ctx) ?? [];
}

const RULES = new Map<FieldName, FieldRule>(FIELD_RULES.map((r) => [r.field, r]));

interface Scored {
  field: FieldName | null;
  score: number;
  parsed: ParsedValue | null;
  cand: ValueCandidate;
  hit: LabelHit | null;
  scope: ScanRoot | null;
  path?: string[];
  adapter: boolean;
  order: number;
}

const dictCache = new Map<string, LabelDictionary>();
function dictionaryFor(extra: [string, FieldName][]): LabelDictionary {
  if (!extra.length) return defaultDictionary();
  const key = JSON.stringify(extra);
  let d = dictCache.get(key);
  if (!d) {
    if (dictCache.size > 20) dictCache.clear();
    dictCache.set(key, (d = new LabelDictionary(FIELD_RULES, DECOY_LABELS, extra)));
  }
  return d;
}

function pageUrl(doc: Document, override?: string): { href: string; url: string; origin: string } {
  const href = override ?? doc.location?.href ?? '';
  try {
    const u = new URL(href);
    const origin = u.origin === 'null' ? '' : u.origin;
    return { href, url: origin + u.pathname + u.hash, origin };
  } catch {
    return { href, url: '', origin: '' };
  }
}

export function extractDebtorContext(doc: Document, opts: ExtractOptions = {}): DebtorContext {
  const { href, url, origin } = pageUrl(doc, opts.url);
  const rules = mergedRules(matchAdapters(opts.adapters, href));
  const adapterLabels: [string, FieldName][] = [];
  for (const [f, r] of Object.entries(rules)) if (r?.label && !r.selector) adapterLabels.push([r.label, f as FieldName]);
  const dict = dictionaryFor(adapterLabels);

  resetSlots();
  const scan = scanDocument(doc, dict, { nameOf: (el) => fastSelector(el) });
  const labelEls = new Set<Element>();
  const labelOf = new Map<LabelHit, Element | null>();
  for (const hit of scan.hits) {
    const el = labelElementOf(hit);
    labelOf.set(hit, el);
    if (el && !hit.control && hit.inline === undefined) labelEls.add(el);
  }

  const scored: Scored[] = [];
  let order = 0;
  for (const hit of scan.hits) {
    const cands = valueCandidates(hit, labelEls);
    const labelEl = labelOf.get(hit) ?? hit.text?.parentElement ?? null;
    const hidden = labelEl ? looksHidden(labelEl) : false;
    const adapter = hit.score > 1.05;
    cands.forEach((cand, i) => {
      const decay = (hidden || looksHidden(cand.el) ? 0.3 : 1) * (i === 0 ? 1 : 0.9);
      if (hit.field === null) {
        scored.push({ field: null, score: hit.score * cand.structure * decay, parsed: null, cand, hit, scope: hit.scope, adapter, order: order++ });
        return;
      }
      const rule = RULES.get(hit.field)!;
      const parsed = parseFieldValue(rule.kind, cand.raw, hit.scope.locale, hit.hint);
      if (!parsed) return;
      scored.push({ field: hit.field, score: hit.score * cand.structure * decay, parsed, cand, hit, scope: hit.scope, adapter, order: order++ });
    });
  }

  // Adapter selectors: the element is named directly, so it beats any heuristic.
  const locale = doc.documentElement?.getAttribute('lang') ?? '';
  for (const [f, r] of Object.entries(rules)) {
    if (!r?.selector) continue;
    const field = f as FieldName;
    const parts = r.selector.split('>>>').map((s) => s.trim());
    const el = resolveSelector(doc, r.selector);
    if (!el) continue;
    const raw = (/^(input|select|textarea)$/.test(el.localName) ? controlValue(el) : cleanText(el.textContent ?? '')) ?? '';
    const parsed = parseFieldValue(RULES.get(field)!.kind, raw, locale);
    if (!parsed) continue;
    const cand: ValueCandidate = { el, raw, method: 'adapter', structure: 1, slot: `adapter:${field}` };
    scored.push({ field, score: 2, parsed, cand, hit: null, scope: null, path: parts.slice(0, -1), adapter: true, order: order++ });
  }

  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  const fields: DebtorFields = {};
  const usedSlots = new Set<string>();
  const currencies: string[] = [];
  for (const s of scored) {
    if (usedSlots.has(s.cand.slot) && !s.adapter) continue;
    if (s.field === null) {
      usedSlots.add(s.cand.slot);
      continue;
    }
    if (fields[s.field]) continue;
    usedSlots.add(s.cand.slot);
    const path = s.path ?? s.scope?.path ?? [];
    const field: ExtractedField = {
      value: s.parsed!.value,
      raw: cleanText(s.cand.raw),
      confidence: Math.round(Math.min(1, s.score) * 100) / 100,
      source: {
        method: s.adapter ? 'adapter' : s.cand.method,
        selector: fastSelector(s.cand.el),
        ...(s.hit ? { label: s.hit.label } : {}),
        ...(path.length ? { path } : {}),
      },
    };
    fields[s.field] = field;
    const cur = s.parsed!.currency;
    if (cur && RULES.get(s.field)!.kind === 'amount') s.field === 'amountOverdue' ? currencies.unshift(cur) : currencies.push(cur);
  }

  deriveFields(fields, currencies, scan.roots[0]?.locale ?? locale);
  const roots = scan.roots.map((r) => r.root);
  const ctx: DebtorContext = { url, origin, fields, extractedAt: Date.now(), page: detectPageKind(doc, roots) };
  const crmHistory = readCrmHistory(roots, scan.roots[0]?.locale ?? locale);
  if (crmHistory) ctx.crmHistory = crmHistory;
  rootsOfContext.set(ctx, roots);
  return ctx;
}

/** Fill currency and bucket from what was read when the page does not show them. */
function deriveFields(fields: DebtorFields, currencies: string[], locale: string): void {
  const amount = fields.amountOverdue;
  if (!fields.currency && (amount || currencies.length)) {
    const code = currencies[0] ?? localeCurrency(locale);
    if (code)
      fields.currency = {
        value: code,
        raw: code,
        confidence: currencies.length ? 0.9 : 0.5,
        source: { method: 'derived', label: 'amountOverdue' },
      };
  }
  const dpd = fields.daysPastDue;
  if (!fields.bucket && dpd && typeof dpd.value === 'number') {
    const b = bucketFromDays(dpd.value);
    fields.bucket = {
      value: b,
      raw: b,
      confidence: Math.round(dpd.confidence * 0.9 * 100) / 100,
      source: { method: 'derived', label: 'daysPastDue' },
    };
  }
}

export { applyCorrections, correctField } from './corrections';
export { resolveSelector, buildSelector, chainSelector } from './pick-selector';
export type { SiteAdapter, AdapterFieldRule } from './adapters';
export { FIELD_NAMES, debtorKey, hasDebtor } from './types';
export type { DebtorContext, DebtorFields, ExtractedField, FieldName } from './types';
