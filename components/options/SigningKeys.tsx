// Options → Packs → Signing key: a supervisor's Ed25519 key pair made here with WebCrypto. The
// private key stays in this browser; it is exported only encrypted with a passphrase.
import { auditChange } from '@/lib/audit-trail';
import { useCallback, useEffect, useState } from 'react';
import { parseUntrustedJson } from '@/lib/packs/sanitize';
import { asPrivateKeyFile, decryptPrivateKey, encryptPrivateKey, generateKeyPair, SigningError, trustMessage } from '@/lib/packs/signing';
import { downloadText, readChosenFile } from './files';
import { getSigningKey, setSigningKey, watchSigningKey, type StoredSigningKey } from '@/lib/storage/signing-key';
import type { SettingsSectionProps } from '../shared/useSettings';
import type { Locale } from '@/lib/i18n';
import { StatusLine } from './policy/PolicyField';
import { useSaveStatus } from './policy/useSaveStatus';

interface Props extends SettingsSectionProps {
  locale: Locale;
}

export function SigningKeys({ settings, update, t, locale }: Props) {
  const [key, setKey] = useState<StoredSigningKey | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const wordError = useCallback(
    (e: unknown) => (e instanceof SigningError ? trustMessage(e.code, locale, e.detail) : e instanceof Error ? e.message : String(e)),
    [locale],
  );
  const status = useSaveStatus(locale, t, wordError);

  useEffect(() => {
    void getSigningKey().then(setKey);
    return watchSigningKey(setKey);
  }, []);

  const generate = async () => {
    if (key && !confirm(t('packs.replaceKeyConfirm'))) return;
    await status.run(
      async () => {
        const pair = await generateKeyPair();
        await setSigningKey({ publicKey: pair.publicKey, keyId: pair.keyId, privateKey: pair.privateKey, createdAt: Date.now() });
        await auditChange('signing-key', { action: 'generated', keyId: pair.keyId, ...(key ? { replacedKeyId: key.keyId } : {}) });
        return pair;
      },
      (pair) => t('packs.keyGenerated', { keyId: pair.keyId }),
    );
  };

  const exportPrivate = async () => {
    if (!key) return;
    if (passphrase.length < 8) return status.fail(t('packs.passphraseShort'));
    if (passphrase !== again) return status.fail(t('packs.passphraseMismatch'));
    await status.run(
      () => encryptPrivateKey(key.privateKey, passphrase),
      (enc) => {
        downloadText(`pack-signing-${key.keyId}.key.json`, `${JSON.stringify(enc, null, 2)}\n`);
        setPassphrase('');
        setAgain('');
        return t('packs.privateExported');
      },
    );
  };

  const importPrivate = async (file: File | undefined) => {
    if (!file) return;
    await status.run(
      async () => {
        const read = await readChosenFile(file);
        if (!read.ok) throw new Error(t('packs.fileTooLarge'));
        const parsed = parseUntrustedJson(read.text, locale);
        if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
        const opened = await decryptPrivateKey(asPrivateKeyFile(parsed.value), passphrase || undefined);
        await setSigningKey({ publicKey: opened.publicKey, keyId: opened.keyId, privateKey: opened, createdAt: Date.now() });
        await auditChange('signing-key', { action: 'imported', keyId: opened.keyId });
        return opened;
      },
      (opened) => {
        setPassphrase('');
        return t('packs.keyImported', { keyId: opened.keyId });
      },
    );
  };

  const trusted = key ? settings.values.trustedPublicKeys.includes(key.publicKey) : false;
  const trustLocked = settings.locked.includes('trustedPublicKeys');

  return (
    <section className="card" aria-labelledby="packs-signing-title" data-testid="signing-keys">
      <h2 id="packs-signing-title">{t('packs.signing')}</h2>
      <p className="hint">{t('packs.signingHelp')}</p>
      {key ? (
        <>
          <p>
            {t('packs.keyId')}: <code data-testid="signing-key-id">{key.keyId}</code>
          </p>
          <label className="row">
            {t('packs.publicKey')}
            <input readOnly value={key.publicKey} size={52} onFocus={(e) => e.target.select()} data-testid="signing-public-key" />
          </label>
          <div className="row">
            <button type="button" onClick={() => downloadText(`pack-signing-${key.keyId}.pub`, `${key.publicKey}\n`, 'text/plain')}>
              {t('packs.exportPublic')}
            </button>
            {!trusted && !trustLocked && (
              <button type="button" onClick={() => void update({ trustedPublicKeys: [...settings.values.trustedPublicKeys, key.publicKey] })}>
                {t('packs.trustOwnKey')}
              </button>
            )}
            <button type="button" onClick={() => void generate()}>
              {t('packs.replaceKey')}
            </button>
            <button
              type="button"
              onClick={() => {
                if (confirm(t('packs.deleteKeyConfirm'))) void setSigningKey(null).then(() => auditChange('signing-key', { action: 'deleted', keyId: key.keyId }));
              }}
            >
              {t('packs.deleteKey')}
            </button>
          </div>
        </>
      ) : (
        <button type="button" className="primary" data-testid="generate-key" onClick={() => void generate()}>
          {t('packs.generateKey')}
        </button>
      )}
      <fieldset>
        <legend>{t('packs.passphraseLegend')}</legend>
        <div className="row">
          <input type="password" autoComplete="new-password" aria-label={t('packs.passphrase')} placeholder={t('packs.passphrase')} value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          <input type="password" autoComplete="new-password" aria-label={t('packs.passphraseAgain')} placeholder={t('packs.passphraseAgain')} value={again} onChange={(e) => setAgain(e.target.value)} />
        </div>
        <div className="row">
          {key && (
            <button type="button" onClick={() => void exportPrivate()}>
              {t('packs.exportPrivate')}
            </button>
          )}
          <label className="row">
            {t('packs.importPrivate')}
            <input type="file" accept=".json,application/json" onChange={(e) => void importPrivate(e.target.files?.[0])} />
          </label>
        </div>
      </fieldset>
      <StatusLine status={status} />
    </section>
  );
}
