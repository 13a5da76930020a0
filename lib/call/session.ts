// The live call as a pure reducer: timer bounds, stage, checklist, scenarios seen, scripts used.
// The panel renders it; the database stores it when the call is saved. Who is on the line and
// whether identity is verified are read only through the selectors at the end of this file.
import { NOT_THE_DEBTOR_SCENARIO } from '../compliance/disclosure';
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
}

export type CallAction =
  | { type: 'start'; now: number }
  | { type: 'end'; now: number }
  | { type: 'reset' }
  | { type: 'stage'; stage: StageId }
  | { type: 'check'; id: string; value: boolean }
  | { type: 'detected'; scenarioIds: string[] }
  | { type: 'persona'; persona: string | null }
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
};

const order = (s: StageId) => STAGES.indexOf(s);
const later = (a: StageId, b: StageId): StageId => (order(a) >= order(b) ? a : b);
const isStage = (s: string | undefined): s is StageId => !!s && (STAGES as readonly string[]).includes(s);

// Identity newly verified says the debtor is on the line now, whoever answered before.
function situationAfterChecks(state: CallSession, checked: Record<string, boolean>): string | null {
  const newlyVerified = checked[IDENTITY_VERIFIED] === true && state.checked[IDENTITY_VERIFIED] !== true;
  return newlyVerified && state.situation === NOT_THE_DEBTOR_SCENARIO ? null : state.situation;
}

export function callReducer(state: CallSession, action: CallAction): CallSession {
  switch (action.type) {
    case 'start':
      return { ...initialSession, status: 'active', startedAt: action.now, stage: 'open', reached: 'open', checked: state.checked, persona: state.persona };
    case 'end':
      return state.status === 'active' ? { ...state, status: 'ended', endedAt: action.now } : state;
    case 'reset':
      return initialSession;
    case 'stage':
      return { ...state, stage: action.stage, reached: later(state.reached, action.stage) };
    case 'check': {
      const checked = { ...state.checked, [action.id]: action.value };
      return { ...state, checked, situation: situationAfterChecks(state, checked) };
    }
    case 'detected': {
      const add = action.scenarioIds.filter((id) => !state.scenarios.includes(id));
      const situation = action.scenarioIds[0] ?? state.situation;
      if (!add.length && situation === state.situation) return state;
      return { ...state, scenarios: add.length ? [...state.scenarios, ...add] : state.scenarios, situation };
    }
    case 'persona':
      return { ...state, persona: action.persona };
    case 'used-script': {
      const { script, now } = action;
      const checked = { ...state.checked };
      for (const c of script.checks ?? []) checked[c] = true;
      const stage = isStage(script.stage) ? later(state.stage, script.stage) : state.stage;
      const scenarios =
        script.scenarioId && !state.scenarios.includes(script.scenarioId)
          ? [...state.scenarios, script.scenarioId]
          : state.scenarios;
      return {
        ...state,
        checked,
        stage,
        reached: later(state.reached, stage),
        scenarios,
        situation: script.scenarioId ?? situationAfterChecks(state, checked),
        scriptsUsed: [...state.scriptsUsed, { scriptId: script.id, scenarioId: script.scenarioId, packId: script.packId, at: now }],
      };
    }
  }
}

/** Identity is verified when its checklist item is ticked (by hand or by a script's `checks`). */
export const identityVerified = (s: Pick<CallSession, 'checked'>): boolean => s.checked[IDENTITY_VERIFIED] === true;

/** A third party is on the line when the most recent situation is "not the debtor". */
export const thirdPartyOnLine = (s: Pick<CallSession, 'situation'>): boolean => s.situation === NOT_THE_DEBTOR_SCENARIO;

export function elapsedSeconds(s: CallSession, now: number): number {
  if (s.startedAt === null) return 0;
  return Math.max(0, Math.floor(((s.endedAt ?? now) - s.startedAt) / 1000));
}
