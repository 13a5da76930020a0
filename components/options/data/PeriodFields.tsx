// The period of an export (from / to, the debtor's calendar days): one pair of date fields for the
// call export and the roll-up export alike.
import type { Translate } from '@/lib/i18n';

interface Props {
  t: Translate;
  from: string;
  to: string;
  onFrom: (day: string) => void;
  onTo: (day: string) => void;
}

export function PeriodFields({ t, from, to, onFrom, onTo }: Props) {
  return (
    <>
      <label>
        {t('data.from')} <input type="date" value={from} max={to || undefined} onChange={(e) => onFrom(e.target.value)} />
      </label>
      <label>
        {t('data.to')} <input type="date" value={to} min={from || undefined} onChange={(e) => onTo(e.target.value)} />
      </label>
    </>
  );
}
