// Who the next call goes to: the debtor, or a third-party contact named by the agent. A third
// party is checked by the guard per contact (debtor unreachable first, once a day each) and is
// on the line from the first word: nothing disclosing is offered.
import { useState } from 'react';
import { useAppEnv } from './AppContext';

interface Props {
  /** '' = the debtor; otherwise the contact's name as typed. */
  contact: string;
  onContact: (contact: string) => void;
}

export function ContactPicker({ contact, onContact }: Props) {
  const { t } = useAppEnv();
  const [other, setOther] = useState(contact !== '');
  return (
    <div className="row contact-picker" data-testid="contact-picker">
      <span className="label">{t('call.contact')}</span>
      <label>
        <input type="radio" name="call-contact" data-testid="contact-debtor" checked={!other} onChange={() => (setOther(false), onContact(''))} /> {t('call.contactDebtor')}
      </label>
      <label>
        <input type="radio" name="call-contact" data-testid="contact-other" checked={other} onChange={() => setOther(true)} /> {t('call.contactOther')}
      </label>
      {other && (
        <input aria-label={t('call.contactName')} placeholder={t('call.contactName')} data-testid="contact-name" value={contact} onChange={(e) => onContact(e.target.value)} />
      )}
    </div>
  );
}
