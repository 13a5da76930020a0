// The debtor's persona (11 types): re-ranks scripts and shows the voice cues and counter-strategy.
import type { MergedPack } from '@/lib/packs/merge';
import { pickLocalized, type PartialLocalized } from '@/lib/i18n';
import { useAppEnv } from './AppContext';

export function PersonaPicker({ pack, persona, onPersona }: { pack: MergedPack; persona: string | null; onPersona: (id: string | null) => void }) {
  const { t, locale } = useAppEnv();
  const chosen = pack.personas.find((p) => p.id === persona);
  const text = (l: PartialLocalized) => pickLocalized(l, locale);
  return (
    <section className="card persona">
      <label className="row">
        <span className="section-title">{t('persona.label')}</span>
        <select data-testid="persona" value={persona ?? ''} onChange={(e) => onPersona(e.target.value || null)}>
          <option value="">{t('persona.none')}</option>
          {pack.personas.map((p) => (
            <option key={p.id} value={p.id} title={text(p.voiceCues)}>
              {text(p.title)}
            </option>
          ))}
        </select>
      </label>
      {chosen && (
        <div className="persona-detail" data-testid="persona-detail">
          <p className="hint">{t('persona.cues', { cues: text(chosen.voiceCues) })}</p>
          <p>{t('persona.counter', { strategy: text(chosen.counterStrategy) })}</p>
        </div>
      )}
    </section>
  );
}
