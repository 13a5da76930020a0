import { useAppEnv } from './AppContext';
import { useDraft } from './hooks/useDraft';

export function NoteBox({ debtorKey }: { debtorKey: string }) {
  const { t, locale } = useAppEnv();
  const { text, setText, loaded, save, retry } = useDraft(debtorKey);
  return (
    <section className="card note-box">
      <label htmlFor="note-input" className="section-title">
        {t('note.label')}
      </label>
      <textarea
        id="note-input"
        data-testid="note-input"
        value={text}
        disabled={!loaded}
        placeholder={t('note.placeholder')}
        onChange={(e) => setText(e.target.value)}
        rows={4}
      />
      <p className="save-state" role="status" data-testid="note-save-state" data-state={save.kind}>
        {save.kind === 'saved' && t('note.saved', { time: new Date(save.at).toLocaleTimeString(locale) })}
        {save.kind === 'failed' && (
          <>
            <span className="error">{t('note.saveFailed', { message: save.message })}</span>{' '}
            <button type="button" onClick={() => void retry()}>
              {t('note.retry')}
            </button>
          </>
        )}
      </p>
    </section>
  );
}
