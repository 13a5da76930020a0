// The adapter form's "通话转写区域 / transcript area" part: where the site shows the call's live
// transcript (typed, or picked on the CRM page), and optionally how its lines and speakers are told apart.
import type { MessageKey, Translate } from '@/lib/i18n';
import type { AdapterIssue } from '@/lib/extract/adapters';
import { MAX_SPEAKER_LABEL, MAX_TRANSCRIPT_SELECTOR, TRANSCRIPT_LABEL_KEYS } from '@/lib/live/transcript/rule';
import { TRANSCRIPT_KEYS, type TranscriptDraft } from './draft';
import type { PickStatus } from './usePicker';

interface Props {
  value: TranscriptDraft;
  onChange: (next: TranscriptDraft) => void;
  onPick: () => void;
  status: PickStatus;
  issues: AdapterIssue[];
  t: Translate;
}

const PLACEHOLDERS: Partial<Record<keyof TranscriptDraft, string>> = {
  container: '#asr-panel .message-list',
  line: '.message-item',
  debtorSelector: '.is-customer',
  agentSelector: '.is-agent',
};

export function TranscriptRulePart({ value, onChange, onPick, status, issues, t }: Props) {
  const bad = new Set(issues.map((i) => i.path));
  const picking = status.kind === 'picking';
  return (
    <fieldset className="adapter-transcript" data-testid="adapter-transcript">
      <legend>{t('adapters.transcript.title')}</legend>
      <p className="hint">{t('adapters.transcript.help')}</p>
      {TRANSCRIPT_KEYS.map((k) => {
        const label = t(`adapters.transcript.${k}` as MessageKey);
        const isLabel = (TRANSCRIPT_LABEL_KEYS as readonly string[]).includes(k);
        return (
          <div className="row wrap" key={k}>
            <label className="stack grow">
              {label}
              <input
                data-testid={`adapter-transcript-${k}`}
                value={value[k]}
                maxLength={isLabel ? MAX_SPEAKER_LABEL : MAX_TRANSCRIPT_SELECTOR}
                spellCheck={false}
                placeholder={PLACEHOLDERS[k]}
                aria-invalid={bad.has(`transcript.${k}`) || undefined}
                onChange={(e) => onChange({ ...value, [k]: e.target.value })}
              />
            </label>
            {k === 'container' && (
              <button type="button" data-testid="adapter-pick-transcript" disabled={picking} onClick={onPick}>
                {status.kind === 'picking' && status.field === 'transcript' ? t('adapters.pickingShort') : t('adapters.transcript.pick')}
              </button>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
