// The wrap-up's evidence and contact rules: "催收要求已送达本人" with the call's recording reference
// (the only demand that interrupts the limitation period), the debtor's acknowledgement, a request
// not to be called again, and the debtor's consent to another time of day (logged).
import { useAppEnv } from './AppContext';

export interface EvidenceDraft {
  demand: boolean;
  recordingRef: string;
  acknowledged: boolean;
  stopContact: boolean;
  consent: boolean;
  consentStart: string;
  consentEnd: string;
}

export const EMPTY_EVIDENCE: EvidenceDraft = { demand: false, recordingRef: '', acknowledged: false, stopContact: false, consent: false, consentStart: '', consentEnd: '' };

const HHMM = /^([01]\d|2[0-4]):[0-5]\d$/;

export type EvidenceProblem = 'recording-ref' | 'consent';

export function evidenceProblems(e: EvidenceDraft): EvidenceProblem[] {
  const out: EvidenceProblem[] = [];
  if (e.demand && !e.recordingRef.trim()) out.push('recording-ref');
  if (e.consent && !(HHMM.test(e.consentStart) && HHMM.test(e.consentEnd) && e.consentStart < e.consentEnd)) out.push('consent');
  return out;
}

interface Props {
  value: EvidenceDraft;
  onChange: (next: EvidenceDraft) => void;
  /** The call went to the debtor (not a third party): demand, acknowledgement and consent apply. */
  debtorCall: boolean;
  tried: boolean;
  /** The call heard "stop calling me": the box was pre-selected, the agent confirms. */
  stopContactSuggested?: boolean;
}

export function WrapUpEvidence({ value, onChange, debtorCall, tried, stopContactSuggested = false }: Props) {
  const { t } = useAppEnv();
  const set = (patch: Partial<EvidenceDraft>) => onChange({ ...value, ...patch });
  const problems = tried ? evidenceProblems(value) : [];
  return (
    <fieldset className="evidence" data-testid="wrap-evidence">
      {debtorCall && (
        <>
          <label>
            <input type="checkbox" data-testid="demand-reached" checked={value.demand} onChange={(e) => set({ demand: e.target.checked })} /> {t('wrap.demandReached')}
          </label>
          {value.demand && (
            <label>
              {t('wrap.recordingRef')}{' '}
              <input data-testid="recording-ref" value={value.recordingRef} aria-invalid={problems.includes('recording-ref')} onChange={(e) => set({ recordingRef: e.target.value })} />
            </label>
          )}
          {problems.includes('recording-ref') && <p className="error" role="alert">{t('wrap.recordingRefMissing')}</p>}
          <label>
            <input type="checkbox" data-testid="acknowledged" checked={value.acknowledged} onChange={(e) => set({ acknowledged: e.target.checked })} /> {t('wrap.acknowledged')}
          </label>
          <label>
            <input type="checkbox" data-testid="consent" checked={value.consent} onChange={(e) => set({ consent: e.target.checked })} /> {t('wrap.consent')}
          </label>
          {value.consent && (
            <span className="row">
              <label>
                {t('wrap.consentFrom')} <input type="time" data-testid="consent-start" value={value.consentStart} onChange={(e) => set({ consentStart: e.target.value })} />
              </label>
              <label>
                {t('wrap.consentTo')} <input type="time" data-testid="consent-end" value={value.consentEnd} onChange={(e) => set({ consentEnd: e.target.value })} />
              </label>
            </span>
          )}
          {problems.includes('consent') && <p className="error" role="alert">{t('wrap.consentBad')}</p>}
        </>
      )}
      <label>
        <input type="checkbox" data-testid="stop-contact" checked={value.stopContact} onChange={(e) => set({ stopContact: e.target.checked })} /> {t('wrap.stopContact')}
        {stopContactSuggested && value.stopContact && (
          <>
            {' '}
            <span className="hint" data-testid="stop-contact-suggested">{t('wrap.suggestedHint')}</span>
          </>
        )}
      </label>
    </fieldset>
  );
}
