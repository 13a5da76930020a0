// Everything about one debtor during a call: context and compliance, the call and its stepper,
// the suggested words, the wrap-up and the history. Mounted fresh for each debtor; while its call
// is in progress it tells the panel (onCallHeld), which keeps it on screen whatever the CRM shows.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DebtorOnScreen } from '@/lib/call/binding';
import { contactId } from '@/lib/call/contact-rules';
import { wrapUpSuggestions } from '@/lib/call/wrap-up-suggestions';
import { DEBTOR_CONTACT, effectiveCallWindow, formatStatusLine, limitationBasisText, withCallWindow } from '@/lib/compliance';
import { dayOf } from '@/lib/time';
import type { DebtorContext } from '@/lib/extract/types';
import { variablesFromContext } from '@/lib/packs/variables';
import { pickLocalized } from '@/lib/i18n';
import type { Settings } from '@/lib/settings';
import { useAppEnv } from './AppContext';
import { BrokenPromises } from './BrokenPromises';
import { CallAssistant, type AssistantHandle } from './CallAssistant';
import { CallBar } from './CallBar';
import { CallBindingBanner } from './CallBindingBanner';
import { ComplianceBanner } from './ComplianceBanner';
import { ContactPicker } from './ContactPicker';
import { ContextCard } from './ContextCard';
import { CrisisProtocol } from './CrisisProtocol';
import { History } from './History';
import { Stepper } from './Stepper';
import { WrapUp } from './WrapUp';
import { useCallCompliance } from './hooks/useCallCompliance';
import { toZonedInput } from '@/lib/call/callback';
import { useCardActions } from './hooks/useCardActions';
import { useDebtor } from './hooks/useDebtor';
import { useLiveCall } from './hooks/useLiveCall';
import { useLiveStream } from './hooks/useLiveStream';
import { LiveFeed } from './live/LiveFeed';
import { LiveLint } from './live/LiveLint';
import { useNow } from './hooks/useNow';
import type { PackState } from './hooks/usePack';
import { useServices } from './hooks/useServices';
import { useShortcuts } from './hooks/useShortcuts';
import { useCallKeeper } from './hooks/useCallKeeper';
import { CallRestored } from './live/CallRestored';
import type { SavedCall } from '@/lib/live/saved-call';

interface Props {
  tabId: number;
  debtorKey: string;
  page: DebtorContext;
  pack: Extract<PackState, { status: 'ready' }>;
  settings: Settings;
  onHelp: () => void;
  /** While this debtor's call goes on and the CRM tab has moved on: the debtor it shows now, or
   *  null for none. Undefined while the CRM shows this debtor. */
  crmShows?: DebtorContext | null | undefined;
  /** Told this debtor while a call is in progress (started, ended, not yet saved), null after. */
  onCallHeld?: ((held: DebtorOnScreen | null) => void) | undefined;
  /** The call kept while the panel was closed (lib/live/saved-call): null for none, undefined while
   *  it is being read (nothing is kept until then). */
  restored?: SavedCall | null | undefined;
}

export function DebtorView({ tabId, debtorKey, page, pack, settings, onHelp, crmShows, onCallHeld, restored }: Props) {
  const { t, locale, connector } = useAppEnv();
  const services = useServices();
  const debtor = useDebtor(debtorKey, page);
  const call = useLiveCall(debtorKey, page, restored);
  const [override, setOverride] = useState<string | null>(restored?.override?.reason ?? null);
  const [overrideAudited, setOverrideAudited] = useState(restored?.override?.audited ?? false);
  const [contactDraft, setContactDraft] = useState('');
  // Alt+S mid-call with no wrap-up begun asks first: one stray key must not end a live call unrecorded.
  const [wrapUpStarted, setWrapUpStarted] = useState(false);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const endCall = () => {
    setConfirmEnd(false);
    call.end();
  };
  const assistant = useRef<AssistantHandle | null>(null);
  const now = useNow();
  const f = debtor.context.fields;
  const trainee = settings.traineeMode;
  // Checklists and legal notes name the calling hours in effect, as the guard applies them.
  const callWindow = effectiveCallWindow(settings);
  const active = useMemo(() => ({ ...pack.active, pack: withCallWindow(pack.active.pack, callWindow) }), [pack.active, callWindow]);
  const inCall = call.session.status !== 'idle';
  // Who the call goes to: the live call's contact, else the one picked for the next call.
  const contact = inCall ? call.session.contact : contactId(contactDraft);
  // Overrides no supervisor has reviewed yet: a badge until they are.
  const pendingOverrides = useLiveQuery(() => services.records.unreviewedOverrides().catch(() => 0), [services]) ?? 0;

  useEffect(() => {
    onCallHeld?.(inCall ? { key: debtorKey, context: page, tabId } : null);
  }, [onCallHeld, inCall, debtorKey, page, tabId]);

  const { status, policy, blockedReason, input: complianceInput } = useCallCompliance({ now, settings, debtor, session: call.session, contact, t, locale });

  const { callbackNumber, bankName } = settings;
  // Options' agent profile first; else the collector the CRM header shows as logged in.
  const agentName = settings.agentName || page.agent?.name || '';
  const agentId = settings.agentId || page.agent?.id || '';
  const vars = useMemo(
    () => variablesFromContext(debtor.context, { agentName, agentId, callbackNumber, bankName }),
    [debtor.context, agentName, agentId, callbackNumber, bankName],
  );

  const { actionsFor, insertIntoCrm } = useCardActions({ tabId, page, crmShows, call });
  const scenarioTitles = useMemo(() => {
    const byId = new Map(pack.active.pack.scenarios.map((s) => [s.id, pickLocalized(s.title, locale)] as const));
    return call.session.scenarios.map((id) => byId.get(id)).filter((x): x is string => !!x);
  }, [pack.active.pack.scenarios, call.session.scenarios, locale]);

  // Alt+C / Alt+I (top card) and Alt+Shift+n (n-th card) act as the card's buttons do: the script is logged as used on success.
  const runOnCard = async (kind: 'copy' | 'insert', index = 0) => {
    const top = assistant.current?.card(index);
    if (!top) return;
    const actions = actionsFor(top.suggestion);
    if ((await actions[kind](top.text)) === true) actions.use();
  };

  useShortcuts({
    focusUtterance: () => assistant.current?.focus(),
    quickPick: (i) => assistant.current?.pick(i),
    toggleCall: () => {
      if (call.session.status === 'active') {
        if (wrapUpStarted || confirmEnd) endCall();
        else setConfirmEnd(true);
      }
      else if (status.canCallNow || override) void call.start(contact === DEBTOR_CONTACT ? undefined : contact);
    },
    copyTop: () => void runOnCard('copy'),
    insertTop: () => void runOnCard('insert'),
    copyCard: (i) => void runOnCard('copy', i),
    toggleFull: () => assistant.current?.toggleFull(),
    bringInNew: () => assistant.current?.bringInNew(),
    help: onHelp,
  });

  useEffect(() => {
    // Benchmarks read this mark: the debtor's tools are on screen and usable.
    if (!performance.getEntriesByName('daihou:interactive').length) performance.mark('daihou:interactive');
  }, []);

  const limitation = status.limitation;
  const today = dayOf(now, status.timeZone);
  // The call as heard on the tab (lib/live): cards, checklist, live lint, the wrap-up's pre-fill.
  const stream = useLiveStream({
    tabId,
    debtorKey,
    stages: active.pack.stages,
    session: call.session,
    dispatch: call.dispatch,
    amountOverdue: typeof f.amountOverdue?.value === 'number' ? f.amountOverdue.value : undefined,
    todayISO: today,
    restored: restored?.live,
  });
  // The call in progress is kept while the panel is closed (lib/live/saved-call).
  const keep = useCallKeeper({ tabId, debtorKey, restored, session: call.session, callId: call.callId, stream, override, overrideAudited });

  const last = debtor.lastPromise;
  return (
    <div className="panel-body" data-debtor={debtorKey}>
      {restored && <CallRestored />}
      {crmShows !== undefined && <CallBindingBanner debtor={debtor.context} other={crmShows} />}
      <CrisisProtocol crisis={call.session.crisis} onDismiss={() => call.dispatch({ type: 'crisis-dismissed', now: Date.now() })} />
      {debtor.error && (
        <p className="compliance-alert" data-severity="warn" role="alert">
          {t('db.unavailable', { message: debtor.error })}
        </p>
      )}
      {debtor.legacyMasked && (
        <p className="compliance-alert" data-severity="warn" role="alert" data-testid="legacy-masked">
          {t('context.legacyMasked')}
        </p>
      )}
      {pendingOverrides > 0 && (
        <p className="badge overrides-pending" role="status" data-testid="overrides-pending" data-count={pendingOverrides}>
          {t('compliance.overridesPending', { n: pendingOverrides })}
        </p>
      )}
      <BrokenPromises promises={debtor.broken} todayISO={today} timeZone={status.timeZone} />
      <ContextCard
        context={debtor.context}
        lastPromise={last ? { amount: last.amount, date: last.dueDate, method: last.method, status: last.status } : null}
        callback={debtor.callback ? { at: toZonedInput(debtor.callback.at, debtor.callback.zone).replace('T', ' '), zone: debtor.callback.zone } : null}
        limitation={limitation ? { deadline: limitation.deadline, daysLeft: limitation.daysLeft, level: limitation.level, basis: limitation.basis, basisText: limitationBasisText(limitation, locale) } : null}
        onCorrect={(field, value) => void debtor.correct(field, value, locale)}
        onLocate={(field) => connector.highlight(tabId, field)}
        banner={
          <ComplianceBanner
            status={status}
            override={override}
            policy={policy}
            trainee={trainee}
            onOverride={(reason, rules) => {
              setOverride(reason);
              // The supervisor sees it as it happens, not only once the call is saved.
              void services.records
                .logOverride({ debtorKey, reason, rules, contact })
                .then(() => setOverrideAudited(true), () => setOverrideAudited(false));
            }}
          />
        }
      />
      <section className="card call">
        {!inCall && <ContactPicker contact={contactDraft} onContact={setContactDraft} />}
        <CallBar
          session={call.session}
          blocked={!status.canCallNow && !override}
          blockedReason={blockedReason}
          onStart={() => void call.start(contact === DEBTOR_CONTACT ? undefined : contact)}
          onEnd={endCall}
          onDiscard={() => void call.discard().then(() => stream.nextCall(false))}
        />
        {confirmEnd && call.session.status === 'active' && (
          <div className="confirm-box" role="alertdialog" aria-labelledby="end-confirm-text" data-testid="end-call-confirm" onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), setConfirmEnd(false))}>
            <p id="end-confirm-text">{t('call.endNoWrapUp')}</p>
            <button type="button" className="danger" onClick={endCall}>
              {t('call.endAnyway')}
            </button>{' '}
            <button type="button" autoFocus onClick={() => setConfirmEnd(false)}>
              {t('call.keepCalling')}
            </button>
          </div>
        )}
        <Stepper
          stages={active.pack.stages}
          session={call.session}
          trainee={trainee}
          status={formatStatusLine(status, locale, settings.complianceProfile)}
          onStage={(stage) => call.dispatch({ type: 'stage', stage })}
          onCheck={(id, value) => call.dispatch({ type: 'check', id, value })}
        />
      </section>
      <LiveLint findings={stream.agent.showing} onDismiss={stream.agent.dismiss} />
      <LiveFeed turns={stream.live.turns} />
      <CallAssistant
        live={stream.live}
        active={active}
        classifier={pack.classifier}
        context={debtor.context}
        vars={vars}
        session={call.session}
        dispatch={call.dispatch}
        trainee={trainee}
        actionsFor={actionsFor}
        handle={assistant}
        onUtterance={stream.onUtterance}
        brokenPromise={debtor.broken.length > 0}
        todayISO={today}
        restored={restored?.cards}
        onCards={keep.cards}
      />
      <WrapUp
        debtorKey={debtorKey}
        todayISO={today}
        suggested={wrapUpSuggestions(call.session, debtor.brokeBefore)}
        defaultAmount={typeof f.minimumPayment?.value === 'number' ? f.minimumPayment.value : undefined}
        amountOverdue={typeof f.amountOverdue?.value === 'number' ? f.amountOverdue.value : undefined}
        principal={typeof f.principal?.value === 'number' ? f.principal.value : undefined}
        timeZone={status.timeZone}
        complianceInput={complianceInput}
        debtorCall={call.session.contact === DEBTOR_CONTACT}
        checked={call.session.checked}
        scenarios={call.session.scenarios}
        onStarted={setWrapUpStarted}
        heard={stream.debtorSaid}
        repeatBack={stream.agentWords}
        points={scenarioTitles}
        onInsert={insertIntoCrm}
        restored={restored?.wrapUp}
        onDraft={keep.wrapUp}
        onSave={async (data) => {
          await call.save(data, status.findings, override, overrideAudited, {
            findings: stream.agent.findings,
            ...(settings.keepTranscript ? { transcript: stream.transcript() } : {}),
          });
          if (data.promise || data.instalments || data.callback) void services.scheduleReminders().catch(() => {}); // the due date's alarm exists at once
          setOverride(null);
          setOverrideAudited(false);
          setContactDraft('');
          stream.nextCall(true);
        }}
      />
      <History debtorKey={debtorKey} />
    </div>
  );
}
