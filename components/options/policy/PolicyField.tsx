// The pieces every options block repeats: a setting's label and control with "set by your
// organization" beside it when enterprise policy locks it, and the block's save status line.
import type { ReactNode } from 'react';
import type { Translate } from '@/lib/i18n';
import type { SettingKey } from '@/lib/settings';
import type { SaveStatus } from './useSaveStatus';

/** Whether policy sets a key: `settings.locked` as a question. */
export const lockedBy = (settings: { locked: readonly SettingKey[] }) => (key: SettingKey) => settings.locked.includes(key);

/** "由贵机构设置" when locked, nothing otherwise. */
export function LockNote({ locked, t, block }: { locked: boolean; t: Translate; block?: boolean }) {
  if (!locked) return null;
  return block ? <p className="locked">{t('options.locked')}</p> : <span className="locked">{t('options.locked')}</span>;
}

interface FieldProps {
  /** The control's id (the label points at it). */
  id: string;
  label: ReactNode;
  locked: boolean;
  t: Translate;
  /** The control itself; it must be disabled when `locked`. */
  children: ReactNode;
}

/** A setting's label, its control and, when policy sets it, the lock note. */
export function PolicyField({ id, label, locked, t, children }: FieldProps) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {children}
      <LockNote locked={locked} t={t} />
    </>
  );
}

/** The block's last word: done (a polite status) or why not (an alert). */
export function StatusLine({ status, testId }: { status: Pick<SaveStatus, 'message'>; testId?: string }) {
  const m = status.message;
  if (!m) return null;
  return (
    <p className={m.ok ? 'ok' : 'error'} role={m.ok ? 'status' : 'alert'} data-testid={testId}>
      {m.text}
    </p>
  );
}
