// Saving and reading files in the options page. Text only: nothing read here is ever rendered
// as HTML or executed; it goes to the pack validators as a string.
import { MAX_FILE_BYTES } from '@/lib/packs/sanitize';

export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Read a chosen file as text, refusing anything over the pack size limit before reading it. */
export async function readChosenFile(file: File): Promise<{ ok: true; text: string } | { ok: false; tooLarge: true }> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, tooLarge: true };
  return { ok: true, text: await file.text() };
}

export const safeFileName = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80) || 'pack';

export function formatTime(ms: number | undefined, locale: string): string {
  if (!ms) return '—';
  return new Date(ms).toLocaleString(locale === 'en' ? 'en-US' : locale, { dateStyle: 'medium', timeStyle: 'short' });
}
