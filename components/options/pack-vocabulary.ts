// The words a supervisor picks from in the pack editor: techniques, personas, stages and buckets
// by their names in the UI language, the stable ids underneath. Never offers a prohibited tactic.
import { pickLocalized, type Locale, type Translate } from '@/lib/i18n';
import { DOMAIN_PERSONA_IDS, DOMAIN_TECHNIQUE_IDS, isProhibitedTacticId } from '@/lib/packs/domain-ids';
import { BUCKET_IDS, STAGE_IDS, type Pack } from '@/lib/packs/schema';

export interface Choice {
  id: string;
  label: string;
  /** A short explanation shown as the item's tooltip. */
  note?: string;
}

export interface PackVocabulary {
  techniques: Choice[];
  personas: Choice[];
  stages: Choice[];
  buckets: Choice[];
}

/** Later packs win, as in the merged pack; ids the domain knows but no pack titles keep their id as label. */
export function packVocabulary(packs: readonly Pack[], locale: Locale, t: Translate): PackVocabulary {
  const techniques = new Map<string, Choice | null>();
  const personas = new Map<string, Choice>();
  const stages = new Map<string, Choice>();
  for (const p of packs) {
    for (const x of p.techniques) {
      const prohibited = x.rating === 'prohibited' || isProhibitedTacticId(x.id);
      techniques.set(x.id, prohibited ? null : { id: x.id, label: pickLocalized(x.title, locale), note: pickLocalized(x.explanation, locale) });
    }
    for (const x of p.personas) personas.set(x.id, { id: x.id, label: pickLocalized(x.title, locale), note: pickLocalized(x.traits, locale) });
    for (const x of p.stages) stages.set(x.id, { id: x.id, label: pickLocalized(x.title, locale), note: pickLocalized(x.goal, locale) });
  }
  for (const id of DOMAIN_TECHNIQUE_IDS) if (!techniques.has(id) && !isProhibitedTacticId(id)) techniques.set(id, { id, label: id });
  for (const id of DOMAIN_PERSONA_IDS) if (!personas.has(id)) personas.set(id, { id, label: id });
  return {
    techniques: [...techniques.values()].filter((c): c is Choice => c !== null),
    personas: [...personas.values()],
    stages: STAGE_IDS.map((id) => stages.get(id) ?? { id, label: id }),
    buckets: BUCKET_IDS.map((id) => ({ id, label: bucketLabel(id, t) })),
  };
}

function bucketLabel(id: string, t: Translate): string {
  if (id === 'M0') return t('packs.bucketCurrent', { bucket: id });
  if (id === 'M6+') return t('packs.bucketOver', { bucket: id, from: 181 });
  const n = Number(id.slice(1));
  return t('packs.bucketRange', { bucket: id, from: (n - 1) * 30 + 1, to: n * 30 });
}
