// Beside the pack test: an agent line tried against the live call's checklist matcher built from the
// draft's stages — "这句话会勾选：…" — so a supervisor sees what each edited example does.
import { useMemo, useState } from 'react';
import { pickLocalized, type Locale, type Translate } from '@/lib/i18n';
import { buildChecklistMatcher } from '@/lib/live/checklist-heard';
import type { Pack } from '@/lib/packs/schema';
import { todayISO } from '@/lib/time';
import { checklistTicks } from './pack-test';

interface Props {
  /** The draft's stages once the draft is valid (null: not yet). */
  stages: Pack['stages'] | null;
  t: Translate;
  locale: Locale;
}

export function ChecklistTry({ stages, t, locale }: Props) {
  const [line, setLine] = useState('');
  const matcher = useMemo(() => (stages ? buildChecklistMatcher(stages) : null), [stages]);
  const ticks = useMemo(() => (matcher && stages && line.trim() ? checklistTicks(matcher, stages, line, todayISO()) : null), [matcher, stages, line]);
  return (
    <div className="checklist-try" data-testid="checklist-try">
      <label>
        {t('packs.tryLine')}
        <input value={line} placeholder="本次通话会全程录音" onChange={(e) => setLine(e.target.value)} data-testid="checklist-try-input" />
      </label>
      {!stages && line.trim() && <p className="hint">{t('packs.testNeedsValid')}</p>}
      {ticks && (
        <p className="hint" role="status" data-testid="checklist-try-result" data-items={ticks.map((x) => x.id).join(' ')}>
          {ticks.length ? t('packs.tryTicks', { items: ticks.map((x) => pickLocalized(x.text, locale)).join(locale === 'en' ? ', ' : '、') }) : t('packs.tryTicksNone')}
        </p>
      )}
    </div>
  );
}
