// Options → Packs → Trusted keys: the Ed25519 public keys whose signatures this browser accepts
// for subscribed packs. Locked when enterprise policy sets them.
import { useEffect, useState } from 'react';
import { keyIdOf, normalizePublicKey } from '@/lib/packs/signing';
import { AddItemForm } from './AddItemForm';
import type { SettingsSectionProps } from '../shared/useSettings';
import { LockNote } from './policy/PolicyField';

type Props = SettingsSectionProps;

export function TrustedKeys({ settings, update, t }: Props) {
  const [ids, setIds] = useState<Record<string, string>>({});
  const locked = settings.locked.includes('trustedPublicKeys');
  const keys = settings.values.trustedPublicKeys;

  useEffect(() => {
    let alive = true;
    void Promise.all(keys.map(async (k) => [k, normalizePublicKey(k) ? await keyIdOf(k) : '?'] as const)).then(
      (pairs) => alive && setIds(Object.fromEntries(pairs)),
    );
    return () => {
      alive = false;
    };
  }, [keys]);

  const add = async (input: string): Promise<string | null> => {
    const key = normalizePublicKey(input);
    if (!key) return t('packs.badPublicKey');
    await update({ trustedPublicKeys: [...new Set([...keys, key])] });
    return null;
  };

  return (
    <section className="card" aria-labelledby="packs-trusted-title" data-testid="trusted-keys">
      <h2 id="packs-trusted-title">{t('packs.trustedKeys')}</h2>
      <p className="hint">{t('packs.trustedKeysHelp')}</p>
      <LockNote locked={locked} t={t} block />
      <ul>
        {keys.map((k) => (
          <li key={k}>
            <code>{ids[k] ?? '…'}</code> <code className="key">{k}</code>{' '}
            {!locked && (
              <button type="button" onClick={() => void update({ trustedPublicKeys: keys.filter((x) => x !== k) })}>
                {t('packs.remove')}
              </button>
            )}
          </li>
        ))}
        {!keys.length && <li className="hint">{t('packs.noTrustedKeys')}</li>}
      </ul>
      {!locked && <AddItemForm label={t('packs.publicKey')} placeholder="base64…" size={52} button={t('packs.addKey')} onAdd={add} />}
    </section>
  );
}
