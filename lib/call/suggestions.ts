// What the panel suggests right now: the scripts for the detected (or picked) situation, ranked
// for this debtor and call, with the compliance guard's disclosure rule applied, and for trainees
// the reasons. Before any objection, the current stage's own scripts; while a third party is on
// the line, the scripts written for a third party (lib/call/audience.ts); during a crisis, the
// safety scripts and never a payment push (lib/call/crisis.ts); for a debtor who broke a promise
// and promises again, the broken-promise scripts first (lib/call/broken-promise.ts). Who is on the
// line is the call session's to say.
import { filterScriptsForDisclosure, NOT_THE_DEBTOR_SCENARIO, type HeldBackReason } from '../compliance';
import type { MergedPack, SourcedScript } from '../packs/merge';
import type { Segment, VariableValues } from '../packs/variables';
import { rankScripts, type RankContext, type RankedScript } from '../suggest/rank-scripts';
import type { Ranked } from '../suggest/classifier';
import { requiredVerification, THIRD_PARTY_SCENARIOS, writtenForThirdParty } from './audience';
import { withBrokenPromiseFirst } from './broken-promise';
import { CRISIS_SCENARIO, isPaymentScript } from './crisis';
import { crisisActive, identityVerified, thirdPartyOnLine, type CallSession } from './session';

export interface Suggestion {
  script: SourcedScript;
  scenarioId: string | null;
  segments: Segment[];
  /** The one-breath form (shown first when present; the full text a key away). */
  shortSegments?: Segment[];
  reasons: string[];
}

export interface SuggestionSet {
  /** Scenario ids shown, best first (empty: stage scripts). */
  scenarios: string[];
  cards: Suggestion[];
  heldBack: number;
  heldBackReason: HeldBackReason | null;
  /** Scripts that wait for a verification the agent ticks (lib/call/audience REQUIRED_VERIFICATION):
   *  one entry per checklist item the situations on screen need, with how many wait for it now. */
  verifications: { check: string; heldBack: number }[];
  /** Payment scripts hidden by the crisis protocol (0 when it is off). */
  crisisHidden: number;
}

export interface SuggestInput {
  pack: MergedPack;
  /** The classifier's ranking of the utterance, or a scenario the agent picked. */
  detected: Ranked[];
  picked: string | null;
  /** Stage, identity verified and who is on the line are read from it (lib/call/session selectors). */
  session: Pick<CallSession, 'stage' | 'checked' | 'situation' | 'thirdParty'> & Partial<Pick<CallSession, 'crisis'>>;
  rank: Omit<RankContext, 'identityVerified' | 'stage'>;
  vars: VariableValues;
  max?: number;
  /** The debtor has a broken promise not yet acknowledged and is promising again: broken-promise first. */
  brokenPromise?: boolean;
}

const SECOND_SCENARIO_MARGIN = 0.12;

export function chooseScenarios(detected: Ranked[], picked: string | null): string[] {
  if (picked) return [picked];
  const [first, second] = detected;
  if (!first) return [];
  return second && first.score - second.score <= SECOND_SCENARIO_MARGIN ? [first.id, second.id] : [first.id];
}

/** The situations to show, best first, for who is on the line and what the call has heard. */
function scenariosFor(chosen: string[], thirdParty: boolean, crisis: boolean, brokenPromise: boolean): string[] {
  let ids = chosen;
  if (thirdParty) {
    // A third party hears first the words written for them: the matched situation's when it is
    // one of those ("他已经去世了" → condolences), else "not the debtor"; the matched one follows.
    const lead = chosen[0] && THIRD_PARTY_SCENARIOS.includes(chosen[0]) ? [chosen[0]] : [];
    ids = [...new Set([...lead, NOT_THE_DEBTOR_SCENARIO, ...chosen])];
  } else if (brokenPromise) {
    ids = withBrokenPromiseFirst(chosen, true);
  }
  return crisis ? [CRISIS_SCENARIO, ...ids.filter((id) => id !== CRISIS_SCENARIO)] : ids;
}

export function suggestScripts(input: SuggestInput): SuggestionSet {
  const { pack, session, vars } = input;
  const { stage } = session;
  const max = input.max ?? 4;
  const disclosure = { identityVerified: identityVerified(session), thirdPartyOnLine: thirdPartyOnLine(session) };
  const crisis = crisisActive({ crisis: session.crisis ?? null });
  const chosen = chooseScenarios(input.detected, input.picked);
  // A third party on the line hears the third-party scripts first, whatever they say ("我老公生病住院了"
  // is still the wife speaking); the detected situation's disclosing scripts are held back until identity is verified.
  const scenarios = scenariosFor(chosen, disclosure.thirdPartyOnLine, crisis, input.brokenPromise === true);
  const ctx: RankContext = { ...input.rank, stage, identityVerified: disclosure.identityVerified };
  const matched = chosen.length ? chosen : session.situation ? [session.situation] : [];

  type Candidate = Omit<Suggestion, 'scenarioId'> & { discloses: boolean; scenarioId: string | undefined; text: string; forThirdParty: boolean };
  const toCandidate = (r: RankedScript<SourcedScript>, scenarioId: string | null): Candidate => ({
    script: r.script,
    scenarioId: scenarioId ?? undefined,
    segments: r.segments,
    ...(r.shortSegments ? { shortSegments: r.shortSegments } : {}),
    reasons: r.reasons,
    discloses: r.script.discloses,
    text: r.script.text,
    forThirdParty: writtenForThirdParty(scenarioId, matched),
  });
  const stageCandidates = (): Candidate[] => rankScripts(pack.stageScripts.filter((s) => s.stage === stage), ctx, vars).map((r) => toCandidate(r, null));

  const shown: Candidate[] = [];
  let heldBack = 0;
  let reason: HeldBackReason | null = null;
  let crisisHidden = 0;
  const waiting = new Map<string, number>();
  // One situation's scripts, in rank order, through the gates: a crisis hides payment talk; a script
  // that needs a verification waits for it (and, verified, is offered to that person); the rest
  // pass the compliance guard's disclosure rule.
  const gate = (list: Candidate[]): Candidate[] => {
    const open: Candidate[] = [];
    const rest: Candidate[] = [];
    for (const c of list) {
      if (crisis && c.scenarioId !== CRISIS_SCENARIO && isPaymentScript(c.script)) {
        crisisHidden++;
        continue;
      }
      const check = requiredVerification(c.script.id);
      if (check !== undefined) {
        const ok = session.checked[check] === true;
        waiting.set(check, (waiting.get(check) ?? 0) + (ok ? 0 : 1));
        if (ok) open.push(c);
        continue;
      }
      rest.push(c);
    }
    const gated = filterScriptsForDisclosure(rest, disclosure);
    heldBack += gated.heldBack.length;
    reason ??= gated.reason;
    const passed = new Set(gated.shown);
    return list.filter((c) => passed.has(c) || open.includes(c));
  };

  if (scenarios.length) {
    for (const id of scenarios) {
      const sc = pack.scenarios.find((s) => s.id === id);
      if (!sc) continue;
      const passed = gate(rankScripts(sc.scripts, ctx, vars).map((r) => toCandidate(r, id)));
      // The best situation gets its full list; a close second adds its top script.
      shown.push(...(id === scenarios[0] ? passed : passed.slice(0, 1)));
    }
  }
  if (!shown.length && !scenarios.some((id) => pack.scenarios.some((s) => s.id === id))) shown.push(...gate(stageCandidates()));

  return {
    scenarios,
    cards: shown.slice(0, max).map(({ script, scenarioId, segments, shortSegments, reasons }) => ({
      script,
      scenarioId: scenarioId ?? null,
      segments,
      ...(shortSegments ? { shortSegments } : {}),
      reasons,
    })),
    heldBack,
    heldBackReason: reason,
    verifications: [...waiting].map(([check, n]) => ({ check, heldBack: n })),
    crisisHidden,
  };
}
