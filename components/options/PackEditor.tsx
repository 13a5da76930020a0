// Options → Packs → Editor: write scenarios, examples, scripts and tags (picked by name); errors beside their fields, a
// live preview, the pack test and compliance marks; publish = export signed with this machine's key.
import { useEffect, useMemo, useState } from 'react';
import { pickLocalized, type Locale, type Translate } from '@/lib/i18n';
import { importPackText, type Library } from '@/lib/packs/library';
import { signPack } from '@/lib/packs/signing';
import { validatePack } from '@/lib/packs/validate';
import { downloadText, safeFileName } from './files';
import { packEditorDraftItem } from '@/lib/storage/items';
import { getSigningKey, watchSigningKey, type StoredSigningKey } from '@/lib/storage/signing-key';
import { draftFromPack, draftToPack, newDraft, newScenario, restoreDraft, type Draft } from './draft';
import { runPackTest, type PackTestResult } from './pack-test';
import { PackTestTable } from './PackTestTable';
import { errorsUnder } from './draft';
import { FieldErrors, type FieldCheck } from './FieldErrors';
import { packVocabulary } from './pack-vocabulary';
import { ScenarioEditor } from './ScenarioEditor';
import { StageEditor } from './StageEditor';
import { ChecklistTry } from './ChecklistTry';
import { lintScript } from './ScriptPreview';
import { draftHasContent, parseEditScriptHash, useScrollToScript } from './edit-script-target';

const PACK_FIELDS = ['id', 'name', 'version', 'author'] as const;

interface Props {
  library: Library;
  agentName: string;
  t: Translate;
  locale: Locale;
}

export function PackEditor({ library, agentName, t, locale }: Props) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [key, setKey] = useState<StoredSigningKey | null>(null);
  const [test, setTest] = useState<PackTestResult | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  // Fields the supervisor has changed or left; `all` once they asked to publish. Nothing is
  // flagged on a form nobody has touched yet.
  const [touched, setTouched] = useState<{ paths: ReadonlySet<string>; all: boolean }>({ paths: new Set(), all: false });

  useEffect(() => {
    void packEditorDraftItem.getValue().then((d) => setDraft(restoreDraft(d) ?? newDraft(agentName)));
    void getSigningKey().then(setKey);
    return watchSigningKey(setKey);
  }, [agentName]);

  // Opened at a script (#edit-script=<pack>/<script>, from the team dashboard): load that pack once.
  const [target] = useState(() => parseEditScriptHash(location.hash));
  const [targetLoaded, setTargetLoaded] = useState(false);
  useEffect(() => {
    if (!target || targetLoaded || !draft) return;
    setTargetLoaded(true);
    const p = library.packs.find((x) => x.pack.id === target.packId);
    if (p && draft.id !== target.packId && (!draftHasContent(draft) || confirm(t('packs.newDraftConfirm')))) {
      setDraft(draftFromPack(p.pack));
      setTouched({ paths: new Set(), all: false });
    }
  }, [target, targetLoaded, draft, library, t]);
  useScrollToScript(target, draft?.id);

  useEffect(() => {
    if (!draft) return;
    const timer = setTimeout(() => void packEditorDraftItem.setValue(draft), 400);
    return () => clearTimeout(timer);
  }, [draft]);

  const input = useMemo(() => (draft ? draftToPack(draft) : null), [draft]);
  // The lint is counted below (`blocking`, with marks on each script); the other packs' prohibitions apply as on install.
  const validation = useMemo(
    () => (input ? validatePack(input, locale, { lint: false, prohibitedBy: library.packs.filter((p) => p.pack.id !== draft?.id).map((p) => p.pack) }) : null),
    [input, locale, library, draft?.id],
  );
  const errors = validation && !validation.ok ? validation.errors : [];
  const blocking = useMemo(
    () => (draft?.scenarios ?? []).flatMap((sc) => sc.scripts).filter((s) => lintScript(s.text).some((f) => f.severity === 'block')).length,
    [draft],
  );

  useEffect(() => {
    if (!draft || !validation?.ok) return setTest(null);
    const timer = setTimeout(() => {
      const lower = library.packs.filter((p) => p.enabled).map((p) => p.pack);
      setTest(runPackTest(draft, validation.pack, lower));
    }, 500);
    return () => clearTimeout(timer);
  }, [draft, validation, library]);

  const vocabulary = useMemo(
    () => packVocabulary([...library.packs.map((p) => p.pack), ...(draft?.base ? [draft.base] : [])], locale, t),
    [library, draft?.base, locale, t],
  );

  if (!draft) return null;
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const publishable = validation?.ok === true && blocking === 0;
  const touch = (path: string) =>
    setTouched((prev) => (prev.paths.has(path) ? prev : { ...prev, paths: new Set([...prev.paths, path]) }));
  const check: FieldCheck = {
    // The editor calls an id 编号: its message says so, with an example.
    errorsAt: (path) => errorsUnder(errors, path).map((e) => (e.code === 'bad-id' ? { ...e, message: t('packs.badId') } : e)),
    shown: (path) => touched.all || [...touched.paths].some((p) => p === path || p.startsWith(`${path}.`) || p.startsWith(`${path}[`)),
    touch,
  };
  const setField = (field: (typeof PACK_FIELDS)[number], patch: Partial<Draft>) => {
    touch(field);
    set(patch);
  };
  const packField = (name: (typeof PACK_FIELDS)[number]) => <FieldErrors errors={check.errorsAt(name)} show={check.shown(name)} />;
  const otherPackErrors = errors.filter((e) => !e.path.startsWith('scenarios[') && !e.path.startsWith('stages[') && !PACK_FIELDS.some((f) => errorsUnder([e], f).length > 0));
  const anyTouched = touched.all || touched.paths.size > 0;
  const fresh = (d: Draft) => {
    setDraft(d);
    setTouched({ paths: new Set(), all: false });
  };
  /** Publishing an unfinished pack shows every problem beside its field instead of doing nothing. */
  const guarded = (action: () => Promise<void>) => () => {
    if (!publishable) return setTouched((prev) => ({ ...prev, all: true }));
    void action();
  };

  const publishText = async (): Promise<string | null> => {
    if (!validation?.ok) return null;
    return key ? JSON.stringify(await signPack(validation.pack, key.privateKey), null, 2) : JSON.stringify(validation.pack, null, 2);
  };
  const exportPack = async () => {
    const text = await publishText();
    if (!text || !validation?.ok) return;
    const p = validation.pack;
    downloadText(`${safeFileName(p.id)}-${safeFileName(p.version)}${key ? '.signed' : ''}.json`, `${text}\n`);
    setStatus(key ? t('packs.exportedSigned', { keyId: key.keyId }) : t('packs.exportedUnsigned'));
  };
  const installHere = async () => {
    const text = await publishText();
    if (!text) return;
    const r = await importPackText(text, { locale, confirmUnverified: true });
    setStatus(r.ok ? t(r.verified === 'signed' ? 'packs.importedSigned' : 'packs.importedUnverified', { id: r.id }) : [...new Set(r.errors.map((e) => e.message))].join('；'));
  };

  return (
    <section className="card pack-editor" aria-labelledby="packs-editor-title" data-testid="pack-editor">
      <h2 id="packs-editor-title">{t('packs.editor')}</h2>
      <div className="row">
        <button type="button" onClick={() => confirm(t('packs.newDraftConfirm')) && fresh(newDraft(agentName))}>
          {t('packs.newDraft')}
        </button>
        <label>
          {t('packs.editInstalled')}{' '}
          <select
            value=""
            onChange={(e) => {
              const p = library.packs.find((x) => `${x.source}:${x.id}` === e.target.value);
              if (p) fresh(draftFromPack(p.pack));
            }}
          >
            <option value="">—</option>
            {library.packs.map((p) => (
              <option key={`${p.source}:${p.id}`} value={`${p.source}:${p.id}`}>
                {pickLocalized(p.pack.name, locale)} ({p.id})
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="field-row">
        <label className="field grow">
          {t('packs.name')}
          <input value={draft.name} onChange={(e) => setField('name', { name: e.target.value })} onBlur={() => touch('name')} data-testid="editor-pack-name" />
          {packField('name')}
        </label>
        <label className="field">
          {t('packs.idLabel')}
          <input value={draft.id} title={t('packs.idHint')} onChange={(e) => setField('id', { id: e.target.value })} onBlur={() => touch('id')} data-testid="editor-pack-id" />
          {packField('id')}
        </label>
        <label className="field">
          {t('packs.version')}
          <input value={draft.version} size={8} onChange={(e) => setField('version', { version: e.target.value })} onBlur={() => touch('version')} />
          {packField('version')}
        </label>
        <label className="field">
          {t('packs.author')}
          <input value={draft.author} onChange={(e) => setField('author', { author: e.target.value })} onBlur={() => touch('author')} />
          {packField('author')}
        </label>
      </div>
      <FieldErrors errors={otherPackErrors} show={anyTouched} testId="editor-pack-errors" />
      <div className="editor-columns">
        <div className="editor-main">
          {draft.scenarios.map((sc, i) => (
            <ScenarioEditor
              key={i}
              scenario={sc}
              index={i}
              check={check}
              vocabulary={vocabulary}
              onChange={(next) => set({ scenarios: draft.scenarios.map((x, k) => (k === i ? next : x)) })}
              onRemove={() => set({ scenarios: draft.scenarios.filter((_, k) => k !== i) })}
              agentName={agentName}
              t={t}
              locale={locale}
            />
          ))}
          <button type="button" onClick={() => set({ scenarios: [...draft.scenarios, newScenario(draft.scenarios.length + 1)] })}>
            {t('packs.addScenario')}
          </button>
          <StageEditor stages={draft.stages} base={draft.base} check={check} onChange={(stages) => set({ stages })} t={t} locale={locale} />
        </div>
        <aside className="editor-side">
          <h3>{t('packs.test')}</h3>
          <label>
            {t('packs.testPhrases')}
            <textarea rows={4} value={draft.testPhrases} placeholder="我下个月发工资再还 => 等发工资再还" onChange={(e) => set({ testPhrases: e.target.value })} />
          </label>
          <PackTestTable result={test} t={t} />
          <ChecklistTry stages={validation?.ok ? validation.pack.stages : null} t={t} locale={locale} />
        </aside>
      </div>
      <p className={publishable || !anyTouched ? 'hint' : 'error'} data-testid="editor-status">
        {validation?.ok ? t('packs.valid') : touched.all ? t('packs.fixMarked', { count: errors.length }) : anyTouched ? t('packs.fixPending', { count: errors.length }) : t('packs.notCheckedYet')}
        {blocking > 0 ? ` · ${t('packs.lintBlocks', { count: blocking })}` : ''}
      </p>
      <div className="row">
        <button type="button" className="primary" aria-disabled={!publishable} onClick={guarded(exportPack)}>
          {key ? t('packs.publishSigned') : t('packs.exportUnsigned')}
        </button>
        <button type="button" aria-disabled={!publishable} onClick={guarded(installHere)}>
          {t('packs.installHere')}
        </button>
      </div>
      {!key && <p className="hint">{t('packs.noKeyHint')}</p>}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
