// The pack test's misses: examples and test phrasings the classifier does not put in their
// scenario, beside the editor so a supervisor sees the effect of each edit.
import type { Translate } from '@/lib/i18n';
import type { PackTestResult } from './pack-test';

export function PackTestTable({ result, t }: { result: PackTestResult | null; t: Translate }) {
  if (!result) return <p className="hint">{t('packs.testNeedsValid')}</p>;
  return (
    <div data-testid="pack-test" data-misses={result.misses.length}>
      <p className={result.misses.length ? 'locked' : undefined}>
        {t('packs.testSummary', { total: result.total, misses: result.misses.length })}
      </p>
      {result.misses.length > 0 && (
        <table className="pack-test-table">
          <thead>
            <tr>
              <th>{t('packs.testText')}</th>
              <th>{t('packs.testExpected')}</th>
              <th>{t('packs.testGot')}</th>
            </tr>
          </thead>
          <tbody>
            {result.misses.slice(0, 200).map((m, i) => (
              <tr key={i} data-kind={m.kind}>
                <td>{m.text}</td>
                <td title={m.expected}>{m.expectedTitle}</td>
                <td title={m.got}>
                  {m.gotTitle}
                  {m.score !== null ? ` (${m.score.toFixed(2)})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
