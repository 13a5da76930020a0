// A script filled with a sample debtor (live preview) and its compliance-lint marks. Text only:
// segments become React text nodes and <mark>s, never HTML.
import type { Locale, Translate } from '@/lib/i18n';
import { lintText } from '@/lib/compliance/lint';
import type { Finding } from '@/lib/compliance/types';
import { BLANK, fillScript, type VariableValues } from '@/lib/packs/variables';
import { todayISO } from '@/lib/time';

export function sampleDebtor(agentName: string): VariableValues {
  return {
    name: '张伟',
    amountOverdue: 12860.5,
    daysPastDue: 47,
    minimumPayment: 1286,
    lastPaymentDate: '2026-09-15',
    lastPaymentAmount: 500,
    principal: 50000,
    creditLimit: 60000,
    product: '信用卡',
    bucket: 'M2',
    accountTail: '4817',
    agentName: agentName || '李专员',
    agentId: 'A1027',
    callbackNumber: '95555',
    bankName: '示例银行',
    today: todayISO(),
  };
}

export function lintScript(text: string): Finding[] {
  try {
    return lintText(text);
  } catch {
    return [];
  }
}

function Marked({ text, findings }: { text: string; findings: Finding[] }) {
  const spans = findings.filter((f) => f.span).sort((a, b) => a.span!.start - b.span!.start);
  const out: React.ReactNode[] = [];
  let at = 0;
  spans.forEach((f, i) => {
    const { start, end } = f.span!;
    if (start < at) return;
    if (start > at) out.push(text.slice(at, start));
    out.push(
      <mark key={i} className={`lint-${f.severity}`} data-rule={f.ruleId} data-testid="lint-mark">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  });
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}

interface Props {
  text: string;
  findings: Finding[];
  agentName: string;
  t: Translate;
  locale: Locale;
}

export function ScriptPreview({ text, findings, agentName, t, locale }: Props) {
  const segments = fillScript(text, sampleDebtor(agentName), locale);
  return (
    <div className="script-preview">
      <p data-testid="script-preview">
        <span className="hint">{t('packs.preview')}: </span>
        {segments.map((s, i) =>
          s.kind === 'text' ? (
            <span key={i}>{s.text}</span>
          ) : (
            <strong key={i} className={s.value === null ? 'blank' : 'var'} title={`{${s.name}}`}>
              {s.value ?? BLANK}
            </strong>
          ),
        )}
      </p>
      {findings.length > 0 && (
        <div className="lint" data-testid="script-lint">
          <p>
            <span className="hint">{t('packs.lint')}: </span>
            <Marked text={text} findings={findings} />
          </p>
          <ul>
            {findings.map((f, i) => (
              <li key={i} className={f.severity === 'block' ? 'error' : 'locked'}>
                {'⚠ '}
                {f.message[locale]}
                {f.suggestion ? ` — ${t('packs.lintInstead', { text: f.suggestion[locale] })}` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
