// The live call as a pure reducer: timer bounds, stage, checklist, scenarios seen, scripts used.
// The panel renders it; the database stores it when the call is saved.
import { STAGES, type StageId } from './stages';

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
  scriptsUsed: [],
  persona: null,
};

const order = (s: StageId) => STAGES.indexOf(s);
const later = (a: StageId, b: StageId): StageId => (order(a) >= order(b) ? a : b);
const isStage = (s: string | undefined): s is StageId => !!s && (STAGES as readonly string[]).includes(s);

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
    case 'check':
      return { ...state, checked: { ...state.checked, [action.id]: action.value } };
    case 'detected': {
      const add = action.scenarioIds.filter((id) => !state.scenarios.includes(id));
      return add.length ? { ...state, scenarios: [...state.scenarios, ...add] } : state;
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
        scriptsUsed: [...state.scriptsUsed, { scriptId: script.id, scenarioId: script.scenarioId, packId: script.packId, at: now }],
      };
    }
  }
}

export const isIdentityVerified = (s: CallSession) => s.checked['identity-verified'] === true;

export function elapsedSeconds(s: CallSession, now: number): number {
  if (s.startedAt === null) return 0;
  return Math.max(0, Math.floor(((s.endedAt ?? now) - s.startedAt) / 1000));
}
