// Inline marks on the note being typed: wording the compliance guard flags (threats, shaming,
// disclosure to third parties…), each with a lawful way to put it.
import { useMemo } from 'react';
import { lintText } from '@/lib/compliance';
import { useAppEnv } from './AppContext';

export function NoteLint({ text, amountOverdue }: { text: string; amountOverdue?: number }) {
  const { t, locale } = useAppEnv();
  const findings = useMemo(() => (text.trim() ? lintText(text, amountOverdue !== undefined ? { amountOverdue } : {}) : []), [text, amountOverdue]);
  if (!findings.length) return null;
  return (
    <div role="status" data-testid="note-lint">
      <p className="error">{t('compliance.noteLint')}</p>
      <ul className="lint-marks">
        {findings.map((f, i) => (
          <li key={`${f.ruleId}-${i}`} data-rule={f.ruleId} data-severity={f.severity}>
            {f.span && <mark>「{text.slice(f.span.start, f.span.end)}」</mark>} {f.message[locale] ?? f.message['zh-CN']}
            {f.suggestion && <span className="suggestion"> → {f.suggestion[locale] ?? f.suggestion['zh-CN']}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
