// Verifications some scripts wait for (lib/call/audience REQUIRED_VERIFICATION), ticked by the agent
// where those scripts would show: "已核实继承人身份" releases the estate script to the verified heir.
import { HEIR_VERIFIED } from '@/lib/call/audience';
import type { MessageKey } from '@/lib/i18n';
import { useAppEnv } from './AppContext';

/** What each verification's box says; a check without a label shows its id. */
const LABELS: Readonly<Record<string, MessageKey>> = { [HEIR_VERIFIED]: 'script.heirVerified' };

interface Props {
  verifications: readonly { check: string; heldBack: number }[];
  checked: Record<string, boolean>;
  onCheck: (id: string, value: boolean) => void;
}

export function VerificationChecks({ verifications, checked, onCheck }: Props) {
  const { t } = useAppEnv();
  if (!verifications.length) return null;
  return (
    <ul className="verifications" data-testid="verifications">
      {verifications.map((v) => (
        <li key={v.check} className="held-back" data-check={v.check}>
          <label>
            <input type="checkbox" data-testid="verification" data-check={v.check} checked={checked[v.check] === true} onChange={(e) => onCheck(v.check, e.target.checked)} />{' '}
            {LABELS[v.check] ? t(LABELS[v.check]!) : v.check}
          </label>
          {v.heldBack > 0 && (
            <span className="hint" role="status" data-testid="verification-held">
              {' '}
              {t('script.awaitsVerification', { count: v.heldBack })}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
