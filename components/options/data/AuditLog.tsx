// The audit trail for a supervisor: retention purges, restores, backups, exports, wipes, compliance
// overrides with their written reason, and supervisors' changes (packs, keys, compliance settings)
// with who made them. Read-only.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { AUDIT_KINDS, listAudit, type AuditKind, type AuditRecord, type DebtorRecord } from '@/lib/db';
import type { Locale, Translate } from '@/lib/i18n';
import { ruleTitle } from '../compliance/rule-title';
import { debtorLabel, debtorsByKey, formatWhen } from './format';

interface Props {
  t: Translate;
  locale: Locale;
}

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const num = (v: unknown) => (typeof v === 'number' ? v : 0);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const total = (v: unknown) => (v && typeof v === 'object' ? Object.values(v).reduce((n: number, x) => n + num(x), 0) : 0);

const show = (v: unknown) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v));

/** "结束时间 21:00 → 22:00；…" in the UI language (a key without a label is shown as its id). */
function complianceChanges(changes: unknown, t: Translate): string {
  if (!changes || typeof changes !== 'object') return '';
  const label: Record<string, string> = {
    complianceProfile: t('complianceOpt.profile'),
    callWindowStart: t('complianceOpt.windowStart'),
    callWindowEnd: t('complianceOpt.windowEnd'),
    maxAttemptsPerDay: t('complianceOpt.maxAttempts'),
    maxThirdPartyAttemptsPerDay: t('complianceOpt.thirdPartyMax'),
    retentionDays: t('data.retentionDays'),
  };
  return Object.entries(changes as Record<string, { from?: unknown; to?: unknown }>)
    .map(([k, c]) => `${label[k] ?? k} ${show(c?.from)} → ${show(c?.to)}`)
    .join('；');
}

function describe(e: AuditRecord, debtors: Map<string, DebtorRecord>, t: Translate, locale: Locale): string {
  const what = describeWhat(e, debtors, t, locale);
  const by = str(e.detail.by);
  return by ? t('data.audit.by', { who: by, what }) : what;
}

function describeWhat(e: AuditRecord, debtors: Map<string, DebtorRecord>, t: Translate, locale: Locale): string {
  const d = e.detail;
  switch (e.kind) {
    case 'pack-install': {
      const how = [
        d.source === 'subscription' ? t('data.audit.viaSubscription') : t('data.audit.viaImport'),
        d.verified === 'signed' ? t('data.audit.signedBy', { keyId: str(d.keyId) }) : t('data.audit.unsigned'),
        ...(d.replaced === true ? [t('data.audit.replacedEarlier')] : []),
      ];
      return t('data.audit.packInstall', { id: str(d.id), version: str(d.version), how: how.join(locale === 'en' ? ', ' : '，') });
    }
    case 'pack-remove':
      return t('data.audit.packRemove', { id: str(d.id), version: str(d.version) });
    case 'signing-key': {
      const keyId = str(d.keyId);
      return d.action === 'generated' ? t('data.audit.keyGenerated', { keyId }) : d.action === 'imported' ? t('data.audit.keyImported', { keyId }) : t('data.audit.keyDeleted', { keyId });
    }
    case 'trusted-keys': {
      const parts = [
        ...(strings(d.added).length ? [t('data.audit.keysAdded', { keys: strings(d.added).join('、') })] : []),
        ...(strings(d.removed).length ? [t('data.audit.keysRemoved', { keys: strings(d.removed).join('、') })] : []),
        ...(d.requireSignedPacks === true ? [t('data.audit.signedRequired')] : d.requireSignedPacks === false ? [t('data.audit.signedNotRequired')] : []),
      ];
      return t('data.audit.trustedKeys', { what: parts.join(' · ') });
    }
    case 'compliance-settings':
      return t('data.audit.compliance', { changes: complianceChanges(d.changes, t) });
    case 'purge':
      return t('data.audit.purge', { count: num(d.purged), days: str(d.days), kept: num(d.keptForPendingPromise) });
    case 'restore':
      return t('data.audit.restore', { count: total(d.counts), date: typeof d.backupCreatedAt === 'number' ? formatWhen(d.backupCreatedAt, locale) : '—' });
    case 'backup':
      return t('data.audit.backup', { count: total(d.counts) });
    case 'export':
      return t('data.audit.export', { from: str(d.from), to: str(d.to), format: str(d.format).toUpperCase(), count: num(d.calls) });
    case 'override': {
      const key = str(d.debtorKey);
      return t('data.audit.override', {
        who: debtorLabel(key, debtors.get(key)),
        rules: strings(d.rules).map((r) => ruleTitle(r, locale)).join('、') || '—',
        reason: str(d.reason),
      });
    }
    case 'wipe':
      return t('data.audit.wipe');
    case 'migration':
      return t('data.audit.migration', { detail: JSON.stringify(d).slice(0, 200) });
    default: {
      // Contact rules and override reviews: who, and the facts as recorded (the kind column names it).
      const key = str(d.debtorKey);
      const { debtorKey: _k, ...rest } = d;
      return `${key ? `${debtorLabel(key, debtors.get(key))} · ` : ''}${JSON.stringify(rest).slice(0, 200)}`;
    }
  }
}

export function AuditLog({ t, locale }: Props) {
  const [kind, setKind] = useState<AuditKind | ''>('');
  const data = useLiveQuery(async () => {
    const entries = await listAudit({ ...(kind ? { kind } : {}), limit: 200 });
    const debtors = await debtorsByKey(entries.filter((e) => typeof e.detail.debtorKey === 'string').map((e) => str(e.detail.debtorKey)));
    return { entries, debtors };
  }, [kind]);

  return (
    <div className="data-block" data-testid="audit-log">
      <h3>{t('data.auditTitle')}</h3>
      <label className="row">
        {t('data.auditFilter')}
        <select value={kind} onChange={(e) => setKind(e.target.value as AuditKind | '')}>
          <option value="">{t('data.auditAll')}</option>
          {AUDIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`data.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {!data ? (
        <p className="hint">{t('loading')}</p>
      ) : data.entries.length === 0 ? (
        <p className="hint">{t('data.auditEmpty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('data.auditWhen')}</th>
              <th scope="col">{t('data.auditKind')}</th>
              <th scope="col">{t('data.auditDetail')}</th>
            </tr>
          </thead>
          <tbody>
            {data.entries.map((e) => (
              <tr key={e.id} data-kind={e.kind} data-testid="audit-row">
                <td>{formatWhen(e.at, locale)}</td>
                <td>{t(`data.kind.${e.kind}`)}</td>
                <td>{describe(e, data.debtors, t, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
