// Supervisors' changes written to the audit log with who (the name in settings, if any), when and
// what: packs installed and removed, the signing key, trusted keys, compliance settings. A log line
// never fails the change it records.
import { addAudit, type AuditKind } from './db';
import { keyIdOf, normalizePublicKey } from './packs/signing';
import { getSettingsQuick, updateSettings, type Settings, type SettingKey } from './settings';

/** The name the options page or panel was set up with, or undefined. */
async function actor(): Promise<string | undefined> {
  const name = (await getSettingsQuick().catch(() => null))?.values.agentName?.trim();
  return name || undefined;
}

/** Append `what` under `kind`, with `by` when a name is set. */
export async function auditChange(kind: AuditKind, what: Record<string, unknown>, at = Date.now()): Promise<void> {
  const by = await actor();
  await addAudit(kind, { ...what, ...(by ? { by } : {}) }, undefined, at).catch(() => {});
}

/** Settings whose changes a supervisor answers for. */
const COMPLIANCE_KEYS: readonly SettingKey[] = [
  'complianceProfile',
  'callWindowStart',
  'callWindowEnd',
  'maxAttemptsPerDay',
  'maxThirdPartyAttemptsPerDay',
  'overridePolicy',
  'retentionDays',
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const keyIds = async (keys: readonly string[]) =>
  Promise.all(keys.map(async (k) => { const n = normalizePublicKey(k); return n ? keyIdOf(n) : k.slice(0, 16); }));

/** The audit lines for a settings change: compliance values from → to, trusted keys added/removed by keyId. */
export async function auditSettingsChange(before: Settings, patch: Partial<Settings>, at = Date.now()): Promise<void> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const k of COMPLIANCE_KEYS) {
    if (k in patch && !same(before[k], patch[k])) changes[k] = { from: before[k], to: patch[k] };
  }
  if (Object.keys(changes).length) await auditChange('compliance-settings', { changes }, at);
  const trust: Record<string, unknown> = {};
  if (patch.trustedPublicKeys && !same(before.trustedPublicKeys, patch.trustedPublicKeys)) {
    const added = await keyIds(patch.trustedPublicKeys.filter((k) => !before.trustedPublicKeys.includes(k)));
    const removed = await keyIds(before.trustedPublicKeys.filter((k) => !patch.trustedPublicKeys!.includes(k)));
    if (added.length) trust.added = added;
    if (removed.length) trust.removed = removed;
  }
  if (patch.requireSignedPacks !== undefined && patch.requireSignedPacks !== before.requireSignedPacks) trust.requireSignedPacks = patch.requireSignedPacks;
  if (Object.keys(trust).length) await auditChange('trusted-keys', trust, at);
}

/** Save settings as the options page does, and audit what a supervisor changed. */
export async function updateSettingsAudited(patch: Partial<Settings>): Promise<void> {
  const before = (await getSettingsQuick()).values;
  await updateSettings(patch);
  await auditSettingsChange(before, patch);
}
