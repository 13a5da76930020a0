// Supervisors' changes are in the audit log with who, when and what: pack installs and removals,
// signing-key generation, trusted-key changes and compliance settings.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuditLog } from '@/components/options/data/AuditLog';
import { SigningKeys } from '@/components/options/SigningKeys';
import { updateSettingsAudited } from '@/lib/audit-trail';
import { db, listAudit } from '@/lib/db';
import { translator } from '@/lib/i18n';
import { importPackText, removePack } from '@/lib/packs/library';
import { generateKeyPair } from '@/lib/packs/signing';
import { getSettings, updateSettings } from '@/lib/settings';
import { makePack, useTestDefaultPack } from '../packs-library/fixtures';
import './helpers';

const only = async (kind: Parameters<typeof listAudit>[0] extends infer O ? (O extends { kind?: infer K } ? K : never) : never) => {
  const rows = await listAudit({ kind });
  expect(rows).toHaveLength(1);
  return rows[0]!;
};

describe('audit of supervisors’ changes', () => {
  it('compliance settings: from → to, by the name in settings, with the time', async () => {
    await updateSettings({ agentName: '王主管' });
    const before = Date.now();
    await updateSettingsAudited({ callWindowEnd: '22:00', maxAttemptsPerDay: 3 });
    const row = await only('compliance-settings');
    expect(row.detail).toEqual({ changes: { callWindowEnd: { from: '21:00', to: '22:00' } }, by: '王主管' });
    expect(row.at).toBeGreaterThanOrEqual(before);
    expect((await getSettings()).values.callWindowEnd).toBe('22:00');
  });

  it('trusted keys added and removed are named by keyId; unchanged settings write nothing', async () => {
    const k = await generateKeyPair();
    await updateSettingsAudited({ trustedPublicKeys: [k.publicKey] });
    await updateSettingsAudited({ trustedPublicKeys: [] });
    await updateSettingsAudited({ locale: 'en' });
    const rows = await listAudit({ kind: 'trusted-keys' });
    expect(rows.map((r) => r.detail)).toEqual(expect.arrayContaining([{ added: [k.keyId] }, { removed: [k.keyId] }]));
    expect(await db.audit.count()).toBe(2);
  });

  it('a pack install and its removal', async () => {
    useTestDefaultPack();
    await updateSettings({ agentName: '王主管' });
    const r = await importPackText(JSON.stringify(makePack()), { trustedKeys: [], requireSigned: false, confirmUnverified: true });
    expect(r).toMatchObject({ ok: true });
    expect((await only('pack-install')).detail).toMatchObject({ id: 'team-pack', version: '1.0.0', source: 'import', verified: 'unverified', by: '王主管' });
    expect(await removePack('team-pack')).toBe(true);
    expect((await only('pack-remove')).detail).toEqual({ id: 'team-pack', version: '1.0.0', by: '王主管' });
  });

  it('generating a signing key from the options page', async () => {
    const t = translator('zh-CN');
    const settings = await getSettings();
    render(<SigningKeys settings={settings} update={updateSettingsAudited} t={t} locale="zh-CN" />);
    fireEvent.click(await screen.findByTestId('generate-key'));
    await waitFor(async () => expect(await listAudit({ kind: 'signing-key' })).toHaveLength(1));
    expect((await only('signing-key')).detail).toMatchObject({ action: 'generated', keyId: expect.stringMatching(/^[0-9a-f]{16}$/) });
  });

  it('the audit log says who did what', async () => {
    await updateSettings({ agentName: '王主管' });
    await updateSettingsAudited({ callWindowEnd: '20:00' });
    useTestDefaultPack();
    await importPackText(JSON.stringify(makePack()), { trustedKeys: [], requireSigned: false, confirmUnverified: true });
    render(<AuditLog t={translator('zh-CN')} locale="zh-CN" />);
    await waitFor(() => expect(screen.getAllByTestId('audit-row')).toHaveLength(2));
    const text = screen.getAllByTestId('audit-row').map((r) => r.textContent ?? '');
    expect(text.some((l) => l.includes('合规设置') && l.includes('王主管：结束时间 21:00 → 20:00'))).toBe(true);
    expect(text.some((l) => l.includes('安装话术包') && l.includes('王主管：安装 team-pack 1.0.0（导入，未签名）'))).toBe(true);
  });
});
