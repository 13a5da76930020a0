// The live call as a pure reducer: timer bounds, stage, checklist, scenarios seen, scripts used.
// The panel renders it; the database stores it when the call is saved. Who is on the line and
// whether identity is verified are read only through the selectors at the end of this file: the
// banner, the script list and the stepper all read them, so they can never disagree.
// A third party detected on the line revokes identity verification, and stays "on the line" whatever
// they say next, until the agent verifies the debtor's identity again.
import { NOT_THE_DEBTOR_SCENARIO } from '../compliance/disclosure';
import { DEBTOR_CONTACT } from '../compliance/types';
import { CRISIS_SCENARIO, crisisDismissed, crisisStarted, type CrisisState } from './crisis';
import { STAGES, type StageId } from './stages';

/** The checklist item (stage `verify`) that records the debtor's identity as verified. */
export const IDENTITY_VERIFIED = 'identity-verified';

export interface UsedScript {
  scriptId: string;
  scenarioId: string | null;
  packId?: string;
  at: number;
}

export interface CallSession {
  status: 'idle' | 'active' | 'ended';
  startedAt: number | null;
  endedAt: number | null;
  stage: StageId;
  /** Furthest stage reached, for the record. */
  reached: StageId;
  checked: Record<string, boolean>;
  scenarios: string[];
  /** The most recent situation: detected, picked or used last (null before any, or once the
   *  agent verifies identity after a third party answered). */
  situation: string | null;
  scriptsUsed: UsedScript[];
  persona: string | null;
  /** Someone other than the debtor is on the line (detected, or the call was placed to a third
   *  party); cleared only when identity is verified again. */
  thirdParty: boolean;
  /** Who the call was placed to: 'debtor' or a third-party contact id (lib/compliance DEBTOR_CONTACT). */
  contact: string;
  /** The crisis protocol (lib/call/crisis): null until a crisis is heard; sticky until dismissed. */
  crisis: CrisisState | null;
  /** Checklist items ticked from the agent's own words on the live call, with the words heard
   *  (lib/live/checklist-heard). An item the agent unticks leaves this list. */
  heard: Record<string, string>;
}

export type CallAction =
  | { type: 'start'; now: number; contact?: string }
  | { type: 'end'; now: number }
  | { type: 'reset' }
  | { type: 'stage'; stage: StageId }
  | { type: 'check'; id: string; value: boolean }
  | { type: 'detected'; scenarioIds: string[] }
  | { type: 'persona'; persona: string | null }
  /** A crisis was heard (or picked): the safety protocol shows and payment talk stops. */
  | { type: 'crisis'; now: number }
  /** The agent confirmed the crisis is over ("情况已解除"). */
  | { type: 'crisis-dismissed'; now: number }
  /** The agent was heard saying a checklist item (live call): ticked unless the agent already set it. */
  | { type: 'heard-check'; id: string; words: string }
  | {
      type: 'used-script';
      script: { id: string; scenarioId: string | null; packId?: string; stage?: string; checks?: string[] };
      now: number;
    };

export const initialSession: CallSession = {
  status: 'idle',
  startedAt: null,
  endedAt: null,
  stage: 'prepare',
  reached: 'prepare',
  checked: {},
  scenarios: [],
  situation: null,
  scriptsUsed: [],
  persona: null,
  thirdParty: false,
  contact: DEBTOR_CONTACT,
  crisis: null,
  heard: {},
};

const order = (s: StageId) => STAGES.indexOf(s);
function withoutKey(r: Record<string, string>, key: string): Record<string, string> {
  const out = { ...r };
  delete out[key];
  return out;
}
const later = (a: StageId, b: StageId): StageId => (order(a) >= order(b) ? a : b);
const isStage = (s: string | undefined): s is StageId => !!s && (STAGES as readonly string[]).includes(s);

// Identity newly verified says the debtor is on the line now, whoever answered before.
function afterChecks(state: CallSession, checked: Record<string, boolean>, situation = state.situation): Pick<CallSession, 'situation' | 'thirdParty'> {
  const newlyVerified = checked[IDENTITY_VERIFIED] === true && state.checked[IDENTITY_VERIFIED] !== true;
  if (!newlyVerified) return { situation, thirdParty: state.thirdParty };
  return { situation: situation === NOT_THE_DEBTOR_SCENARIO ? null : situation, thirdParty: false };
}

/** A third party is on the line: whatever was verified before no longer holds. */
function thirdPartyDetected(state: CallSession): Pick<CallSession, 'checked' | 'thirdParty'> {
  return { checked: { ...state.checked, [IDENTITY_VERIFIED]: false }, thirdParty: true };
}

export function callReducer(state: CallSession, action: CallAction): CallSession {
  switch (action.type) {
    case 'start': {
      const contact = action.contact ?? DEBTOR_CONTACT;
      // A crisis heard before the call was started (the words typed first) stays on for the call.
      const crisis = state.status === 'idle' && state.crisis?.active ? state.crisis : null;
      const base = { ...initialSession, status: 'active' as const, startedAt: action.now, stage: 'open' as const, reached: 'open' as const, checked: state.checked, heard: state.heard, persona: state.persona, contact, crisis };
      // Calling a third party: they are on the line from the first word; nothing verified carries over.
      return contact === DEBTOR_CONTACT ? base : { ...base, ...thirdPartyDetected(base) };
    }
    case 'end':
      return state.status === 'active' ? { ...state, status: 'ended', endedAt: action.now } : state;
    case 'reset':
      return initialSession;
    case 'stage':
      return { ...state, stage: action.stage, reached: later(state.reached, action.stage) };
    case 'check': {
      const checked = { ...state.checked, [action.id]: action.value };
      // Unticked by the agent: no longer shown as heard (and words will not tick it again this call).
      const heard = !action.value && action.id in state.heard ? withoutKey(state.heard, action.id) : state.heard;
      const next = { ...state, checked, heard, ...afterChecks(state, checked) };
      // Identity ticked during the opening or the verification: the call moves on to its purpose.
      const movesOn = action.id === IDENTITY_VERIFIED && action.value && state.status === 'active' && order(state.stage) <= order('verify');
      return movesOn ? { ...next, stage: 'purpose', reached: later(state.reached, 'purpose') } : next;
    }
    case 'detected': {
      const add = action.scenarioIds.filter((id) => !state.scenarios.includes(id));
      const situation = action.scenarioIds[0] ?? state.situation;
      if (!add.length && situation === state.situation) return state;
      const next = { ...state, scenarios: add.length ? [...state.scenarios, ...add] : state.scenarios, situation };
      return situation === NOT_THE_DEBTOR_SCENARIO ? { ...next, ...thirdPartyDetected(next) } : next;
    }
    case 'persona':
      return { ...state, persona: action.persona };
    case 'crisis': {
      const crisis = crisisStarted(state.crisis, action.now);
      const scenarios = state.scenarios.includes(CRISIS_SCENARIO) ? state.scenarios : [...state.scenarios, CRISIS_SCENARIO];
      return crisis === state.crisis && scenarios === state.scenarios ? state : { ...state, crisis, scenarios };
    }
    case 'crisis-dismissed':
      return { ...state, crisis: crisisDismissed(state.crisis, action.now) };
    case 'heard-check':
      // Asking is not verifying: identity is only ever verified by the agent's own tick. An item the
      // agent already ticked or unticked is the agent's: words never change it.
      if (action.id === IDENTITY_VERIFIED || action.id in state.checked) return state;
      return { ...state, checked: { ...state.checked, [action.id]: true }, heard: { ...state.heard, [action.id]: action.words } };
    case 'used-script': {
      const { script, now } = action;
      const checked = { ...state.checked };
      for (const c of script.checks ?? []) checked[c] = true;
      const stage = isStage(script.stage) ? later(state.stage, script.stage) : state.stage;
      const scenarios =
        script.scenarioId && !state.scenarios.includes(script.scenarioId)
          ? [...state.scenarios, script.scenarioId]
          : state.scenarios;
      const next: CallSession = {
        ...state,
        checked,
        stage,
        reached: later(state.reached, stage),
        scenarios,
        ...afterChecks(state, checked, script.scenarioId ?? state.situation),
        scriptsUsed: [...state.scriptsUsed, { scriptId: script.id, scenarioId: script.scenarioId, packId: script.packId, at: now }],
      };
      // Using a "not the debtor" script says a third party is on the line (unless it verified identity).
      return script.scenarioId === NOT_THE_DEBTOR_SCENARIO && !(script.checks ?? []).includes(IDENTITY_VERIFIED) ? { ...next, ...thirdPartyDetected(next) } : next;
    }
  }
}

/** Identity is verified when its checklist item is ticked (by hand or by a script's `checks`). */
export const identityVerified = (s: Pick<CallSession, 'checked'>): boolean => s.checked[IDENTITY_VERIFIED] === true;

/** A third party is on the line once detected (or called), until identity is verified again. */
export const thirdPartyOnLine = (s: Pick<CallSession, 'situation' | 'thirdParty'>): boolean => s.thirdParty || s.situation === NOT_THE_DEBTOR_SCENARIO;

/** The crisis protocol is on: payment scripts are hidden, the safety card shows. */
export const crisisActive = (s: Pick<CallSession, 'crisis'>): boolean => s.crisis?.active === true;

export function elapsedSeconds(s: CallSession, now: number): number {
  if (s.startedAt === null) return 0;
  return Math.max(0, Math.floor(((s.endedAt ?? now) - s.startedAt) / 1000));
}
