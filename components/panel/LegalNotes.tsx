// Legal notes for agents (limitation period, payment order, preservation, enforcement, credit
// reporting): the lawful routes to name instead of threats. Folded away until needed.
import type { MergedPack } from '@/lib/packs/merge';
import { pickLocalized, type PartialLocalized } from '@/lib/i18n';
import { useAppEnv } from './AppContext';

export function LegalNotes({ pack, open }: { pack: MergedPack; open: boolean }) {
  const { t, locale } = useAppEnv();
  if (!pack.legalNotes.length) return null;
  const text = (l: PartialLocalized) => pickLocalized(l, locale);
  return (
    <details className="card legal-notes" open={open} data-testid="legal-notes">
      <summary>{t('legal.title')}</summary>
      {pack.legalNotes.map((n) => (
        <section key={n.id} data-note={n.id}>
          <h3>{text(n.title)}</h3>
          <p>{text(n.body)}</p>
          {n.basis && <p className="hint">{n.basis}</p>}
        </section>
      ))}
    </details>
  );
}
