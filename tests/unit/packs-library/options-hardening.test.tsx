// Options says why: the policy that requires signed packs, a refused unsigned import, and the
// explicit confirmation a subscription rollback needs.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PackImport } from '@/components/options/PackImport';
import { PacksLibrary } from '@/components/options/PacksLibrary';
import { RollbackConfirm } from '@/components/options/RollbackConfirm';
import { translator } from '@/lib/i18n';
import { getLibrary, importPackText } from '@/lib/packs/library';
import { makePack, setPolicy, useTestDefaultPack } from './fixtures';

beforeEach(() => useTestDefaultPack());
afterEach(() => cleanup());

describe('options under requireSignedPacks', () => {
  it('an unsigned import is refused with the policy named, in the UI language', async () => {
    await setPolicy({ requireSignedPacks: true });
    render(<PackImport t={translator('zh-TW')} locale="zh-TW" />);
    const file = new File([JSON.stringify(makePack())], 'team.json', { type: 'application/json' });
    fireEvent.change(screen.getByTestId('pack-import-file'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId('pack-import-errors').textContent).toMatch(/單位政策要求話術包必須由受信任的公鑰簽章.*未簽章/));
    expect(screen.queryByTestId('pack-import-confirm')).toBeNull();
    expect((await getLibrary()).packs.map((p) => p.id)).not.toContain('team-pack');
  });

  it('the library marks an unsigned pack installed before the policy as not used', async () => {
    await importPackText(JSON.stringify(makePack()), { trustedKeys: [], requireSigned: false, confirmUnverified: true });
    const library = await getLibrary();
    render(<PacksLibrary library={library} active={null} requireSigned t={translator('en')} locale="en" />);
    expect(screen.getByTestId('pack-blocked-by-policy').textContent).toMatch(/Not used: policy requires a trusted signature/);
  });
});

describe('subscription rollback', () => {
  it('needs the box ticked before it can be confirmed', async () => {
    const onConfirm = vi.fn(async () => {});
    render(<RollbackConfirm offered="1.0.0" installed="1.2.0" t={translator('zh-CN')} onConfirm={onConfirm} />);
    expect(screen.getByTestId('subscription-rollback').textContent).toContain('订阅地址现在提供的版本 1.0.0 低于已安装的 1.2.0');
    const button = screen.getByTestId('subscription-rollback-button') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.click(screen.getByTestId('subscription-rollback-check'));
    fireEvent.click(button);
    await waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(1));
  });
});
