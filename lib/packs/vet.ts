// What a well-formed pack may still not do: give agents words the compliance lint blocks, tag a
// script with a prohibited tactic, or re-rate one as allowed. Prohibitions are sticky: whatever
// the default pack (or any pack this one is merged with) prohibits stays prohibited.
import { lintText } from '../compliance/lint';
import { PROHIBITED_TACTIC_IDS } from './domain-ids';
import type { Pack, PackLocale, Script } from './schema';

export type AddError = (path: PropertyKey[], code: string, detail?: string) => void;

/** Technique ids any of these packs rates `prohibited`, plus the domain's unlawful tactics. */
export function prohibitedTechniqueIds(packs: readonly Pick<Pack, 'techniques'>[]): Set<string> {
  const ids = new Set<string>(PROHIBITED_TACTIC_IDS);
  for (const p of packs) for (const t of p.techniques) if (t.rating === 'prohibited') ids.add(t.id);
  return ids;
}

function eachScript(pack: Pack, fn: (s: Script, base: PropertyKey[]) => void): void {
  pack.scenarios.forEach((sc, i) => sc.scripts.forEach((s, j) => fn(s, ['scenarios', i, 'scripts', j])));
  pack.stageScripts.forEach((s, j) => fn(s, ['stageScripts', j]));
}

/**
 * Scripts tagged with a prohibited technique, scenarios and personas recommending one, and
 * prohibited ones re-rated. `prohibited` is this pack's own prohibitions and those of the packs it joins.
 */
export function checkTactics(pack: Pack, prohibited: ReadonlySet<string>, add: AddError): void {
  pack.techniques.forEach((t, i) => {
    if (prohibited.has(t.id) && t.rating !== 'prohibited') add(['techniques', i, 'rating'], 'prohibition-overridden', t.id);
  });
  pack.scenarios.forEach((sc, i) =>
    sc.techniques.forEach((t, k) => {
      if (prohibited.has(t)) add(['scenarios', i, 'techniques', k], 'prohibited-technique', t);
    }),
  );
  pack.personas.forEach((p, i) =>
    p.strategies.forEach((t, k) => {
      if (prohibited.has(t)) add(['personas', i, 'strategies', k], 'prohibited-technique', t);
    }),
  );
  eachScript(pack, (s, base) =>
    s.techniques.forEach((t, k) => {
      if (prohibited.has(t)) add([...base, 'techniques', k], 'prohibited-technique', `${t} (${s.id})`);
    }),
  );
}

/** Every script's words (and translations) through the compliance lint; a `block` finding refuses it. */
export function lintPackScripts(pack: Pack, locale: PackLocale, add: AddError): void {
  eachScript(pack, (s, base) => {
    const texts: [PropertyKey[], string | undefined][] = [
      [['text'], s.text],
      [['translations', 'zh-TW'], s.translations?.['zh-TW']],
      [['translations', 'en'], s.translations?.en],
      [['short', 'zh-CN'], s.short?.['zh-CN']],
      [['short', 'zh-TW'], s.short?.['zh-TW']],
      [['short', 'en'], s.short?.en],
    ];
    for (const [at, text] of texts) {
      if (!text) continue;
      const block = lintText(text).find((f) => f.severity === 'block');
      if (!block) continue;
      const match = block.span ? text.slice(block.span.start, block.span.end) : '';
      const detail = locale === 'en' ? `${s.id} — ${block.ruleId} (${block.message.en}): "${match}"` : `${s.id} — ${block.ruleId}（${block.message[locale]}）：“${match}”`;
      add([...base, ...at], 'unlawful-script', detail);
    }
  });
}
