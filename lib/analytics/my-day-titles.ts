// Names for the ids My day counts, from the active pack: a situation's title, a script's one-breath
// form (else the start of its text) with the situation or stage it belongs to. An id the pack no
// longer has (a pack removed since) is shown as the id itself, flagged so the view can say so.
import { pickLocalized, type Locale } from '../i18n/locale';
import type { MergedPack, SourcedScript } from '../packs/merge';

export interface IdTitle {
  title: string;
  /** The situation (or call stage) a script belongs to. */
  context?: string;
  /** Not in the active pack. */
  unknown?: true;
}

export interface MyDayTitles {
  scenario(id: string): IdTitle;
  script(id: string): IdTitle;
}

const SCRIPT_TITLE_CHARS = 40;

function scriptTitle(s: SourcedScript, locale: Locale): string {
  const text = s.short ? pickLocalized(s.short, locale) : locale === 'zh-CN' ? s.text : (s.translations?.[locale] ?? s.text);
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SCRIPT_TITLE_CHARS ? `${flat.slice(0, SCRIPT_TITLE_CHARS - 1)}…` : flat;
}

export function myDayTitles(pack: MergedPack | null | undefined, locale: Locale): MyDayTitles {
  const scenarios = new Map<string, string>();
  const scripts = new Map<string, IdTitle>();
  if (pack) {
    const stages = new Map(pack.stages.map((st) => [st.id as string, pickLocalized(st.title, locale)]));
    for (const s of pack.stageScripts) scripts.set(s.id, { title: scriptTitle(s, locale), ...(stages.has(s.stage) ? { context: stages.get(s.stage)! } : {}) });
    for (const sc of pack.scenarios) {
      const title = pickLocalized(sc.title, locale);
      scenarios.set(sc.id, title);
      for (const s of sc.scripts) scripts.set(s.id, { title: scriptTitle(s, locale), context: title });
    }
  }
  return {
    scenario: (id) => {
      const title = scenarios.get(id);
      return title !== undefined ? { title } : { title: id, unknown: true };
    },
    script: (id) => scripts.get(id) ?? { title: id, unknown: true },
  };
}
