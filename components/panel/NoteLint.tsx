// Inline marks on the note being typed: wording the compliance guard flags (threats, shaming,
// disclosure to third parties…), each with a lawful way to put it.
import { useEffect, useMemo, useState } from 'react';
import { lintText, loadLintModel } from '@/lib/compliance';
import { useAppEnv } from './AppContext';

export function NoteLint({ text, amountOverdue }: { text: string; amountOverdue?: number }) {
  const { t, locale } = useAppEnv();
  const typed = text.trim() !== '';
  // The learned layer's weights are a separate chunk, fetched when the first note is typed; until then the rules alone run.
  const [modelReady, setModelReady] = useState(false);
  useEffect(() => {
    if (!typed || modelReady) return;
    let live = true;
    void loadLintModel().then(() => live && setModelReady(true));
    return () => {
      live = false;
    };
  }, [typed, modelReady]);
  const findings = useMemo(
    () => (typed ? lintText(text, amountOverdue !== undefined ? { amountOverdue } : {}) : []),
    // modelReady: lint again once the learned layer has loaded.
    [text, amountOverdue, modelReady],
  );
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
