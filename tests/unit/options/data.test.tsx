// Options → data: a bad or foreign backup changes nothing and says why; a good one asks first,
// then replaces everything; promises can be resolved; retention is locked by policy.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { BackupPanel } from '@/components/options/data/BackupPanel';
import { PromisesPanel } from '@/components/options/data/PromisesPanel';
import { RetentionPanel } from '@/components/options/data/RetentionPanel';
import { AuditLog } from '@/components/options/data/AuditLog';
import { SearchPanel } from '@/components/options/data/SearchPanel';
import { addAudit, addNote, addPromise, createBackup, db, dumpDatabase, upsertDebtor } from '@/lib/db';
import { todayISO } from '@/lib/time';
import { translator, type Locale } from '@/lib/i18n';
import type { DebtorContext } from '@/lib/extract/types';
import { chooseFile, settingsOf } from './helpers';

const ORIGIN = 'http://127.0.0.1:5174';
// Only a masked number is shown: the record is keyed by it together with the name.
const KEY = `${ORIGIN}|~6225 **** 8812|张伟|`;
function ctx(name: string): DebtorContext {
  const f = (value: string) => ({ value, raw: value, confidence: 0.9, source: { method: 'dl' as const } });
  return { url: `${ORIGIN}/case.html?id=CS-1`, origin: ORIGIN, extractedAt: 1_700_000_000_000, fields: { name: f(name), accountId: f('6225 **** 8812') } };
}

async function seed() {
  await upsertDebtor(ctx('张伟'));
  await addNote(KEY, '客户说下周五通过手机银行还款');
  await addPromise(KEY, { amount: 1834.28, dueDate: todayISO(), method: '手机银行' });
}

const backupPanel = (locale: Locale) => render(<BackupPanel t={translator(locale)} locale={locale} />);

describe('restore', () => {
  it.each([
    ['en', 'not json at all', 'the file is not valid JSON'],
    ['zh-CN', JSON.stringify({ format: 'daihou-adapters', version: 1, adapters: [] }), '这不是贷后助手的备份文件'],
    ['zh-TW', '{"hello": 1}', '這不是貸後助手的備份檔案'],
  ] as const)('%s: a bad file shows the reason and changes nothing', async (locale, text, reason) => {
    await seed();
    const before = await dumpDatabase();
    backupPanel(locale);
    chooseFile(screen.getByTestId('restore-file'), text, 'x.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(reason);
    expect(screen.queryByTestId('restore-confirm')).toBeNull();
    expect(await dumpDatabase()).toEqual(before);
  });

  it('a tampered backup is refused by its checksum and nothing changes', async () => {
    await seed();
    const { text } = await createBackup();
    const tampered = text.replace('下周五', '下周六');
    const before = await dumpDatabase();
    backupPanel('en');
    chooseFile(screen.getByTestId('restore-file'), tampered);
    expect((await screen.findByRole('alert')).textContent).toBe('Restore refused, nothing was changed: checksum mismatch: the file was changed after the backup or is damaged.');
    expect(await dumpDatabase()).toEqual(before);
  });

  it('a good backup is checked, confirmed, then replaces everything', async () => {
    await seed();
    const { text } = await createBackup();
    await addNote(KEY, '备份之后写的笔记');
    backupPanel('en');
    chooseFile(screen.getByTestId('restore-file'), text, 'daihou-backup.json');
    const confirm = await screen.findByTestId('restore-confirm');
    expect(confirm.textContent).toContain('“daihou-backup.json”');
    expect(confirm.textContent).toContain('notes 1');
    expect(await db.notes.count()).toBe(2); // nothing happens before the confirmation
    fireEvent.click(within(confirm).getByTestId('restore-confirm-button'));
    expect((await screen.findByTestId('backup-message')).textContent).toMatch(/^Backup restored/);
    expect((await db.notes.toArray()).map((n) => n.text)).toEqual(['客户说下周五通过手机银行还款']);
    expect(await db.audit.where('kind').equals('restore').count()).toBe(1);
  });

  it('cancel keeps the database as it was', async () => {
    await seed();
    const { text } = await createBackup();
    await addNote(KEY, '备份之后写的笔记');
    backupPanel('zh-CN');
    chooseFile(screen.getByTestId('restore-file'), text);
    fireEvent.click(await screen.findByText('取消'));
    expect(screen.queryByTestId('restore-confirm')).toBeNull();
    expect(await db.notes.count()).toBe(2);
  });
});

describe('promises', () => {
  it('lists a promise due today with its three elements and marks it kept', async () => {
    await seed();
    render(<PromisesPanel t={translator('en')} locale="en" />);
    const due = await screen.findByTestId('promises-due');
    expect(due.textContent).toContain('张伟 · 6225 **** 8812');
    expect(due.textContent).toContain('1,834.28');
    expect(due.textContent).toContain('手机银行');
    expect(within(due).getByRole('link', { name: 'Open CRM page' }).getAttribute('href')).toBe(`${ORIGIN}/case.html?id=CS-1`);
    fireEvent.click(within(due).getByRole('button', { name: 'Kept' }));
    await waitFor(async () => expect((await db.promises.toArray())[0]?.status).toBe('kept'));
    await waitFor(() => expect(screen.queryByTestId('promises-due')).toBeNull());
  });
});

describe('retention', () => {
  it('renders the days disabled and marked when policy locks them', () => {
    render(<RetentionPanel settings={settingsOf({ retentionDays: 90 }, ['retentionDays'])} update={vi.fn()} t={translator('en')} locale="en" />);
    const input = screen.getByLabelText('Keep notes for (days)') as HTMLInputElement;
    expect(input.disabled).toBe(true);
    expect(input.value).toBe('90');
    expect(screen.getByText('Locked by your administrator')).toBeTruthy();
  });

  it('refuses a bad value, keeps it in the box, and does not save', async () => {
    const update = vi.fn();
    render(<RetentionPanel settings={settingsOf()} update={update} t={translator('en')} locale="en" />);
    const input = screen.getByLabelText('Keep notes for (days)') as HTMLInputElement;
    expect(input.value).toBe('730');
    fireEvent.change(input, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain('from 1 to 3650');
    expect(input.value).toBe('0');
    expect(update).not.toHaveBeenCalled();
  });

  it('cn-bank: says call records are kept two years and refuses less; us-regf has no floor', async () => {
    const update = vi.fn();
    const { unmount } = render(<RetentionPanel settings={settingsOf()} update={update} t={translator('en')} locale="en" />);
    expect(screen.getByTestId('retention-floor').textContent).toContain('at least 730 days');
    const input = screen.getByLabelText('Keep notes for (days)') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '729' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Under cn-bank, retention cannot be less than 730 days');
    expect(update).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: '800' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(update).toHaveBeenCalledWith({ retentionDays: 800 }));
    unmount();
    render(<RetentionPanel settings={settingsOf({ complianceProfile: 'us-regf', retentionDays: 180 })} update={update} t={translator('en')} locale="en" />);
    expect(screen.queryByTestId('retention-floor')).toBeNull();
  });

  it('purge now reports how many notes went, and the audit log shows it', async () => {
    await upsertDebtor(ctx('张伟'));
    await addNote(KEY, '很久以前的笔记', { now: Date.now() - 800 * 86_400_000 });
    await addNote(KEY, '一年前的笔记（cn-bank 须保留两年）', { now: Date.now() - 400 * 86_400_000 });
    await addNote(KEY, '今天的笔记');
    render(
      <>
        <RetentionPanel settings={settingsOf()} update={vi.fn()} t={translator('zh-CN')} locale="zh-CN" />
        <AuditLog t={translator('zh-CN')} locale="zh-CN" />
      </>,
    );
    fireEvent.click(screen.getByTestId('purge-now'));
    expect((await screen.findByTestId('retention-message')).textContent).toBe('已清除 1 条超过 730 天的笔记（0 条因有待履约承诺而保留）。');
    expect(await db.notes.count()).toBe(2);
    expect((await screen.findByText(/清除 1 条笔记/)).closest('tr')?.getAttribute('data-kind')).toBe('purge');
  });

  it('the audit log shows a compliance override with its reason', async () => {
    await upsertDebtor(ctx('张伟'));
    await addAudit('override', { callId: 3, debtorKey: KEY, reason: '客户主动要求晚上九点后回电', rules: ['call-window'] });
    render(<AuditLog t={translator('en')} locale="en" />);
    const row = (await screen.findAllByTestId('audit-row'))[0]!;
    expect(row.textContent).toContain('张伟 · 6225 **** 8812: went past “Allowed calling hours”; reason: 客户主动要求晚上九点后回电');
  });
});

describe('data search', () => {
  it('finds a debtor by the initials of the name, as script search does (zw → 张伟)', async () => {
    await seed();
    render(<SearchPanel t={translator('zh-CN')} locale="zh-CN" />);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'zw' } });
    fireEvent.submit(screen.getByRole('search'));
    const results = await screen.findByTestId('data-search-results', {}, { timeout: 5_000 });
    expect(within(results).getByText(/张伟/).textContent).toContain('6225 **** 8812');
  });
});
