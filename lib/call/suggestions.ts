// What the panel suggests right now: the scripts for the detected (or picked) situation, ranked
// for this debtor and call, with the compliance guard's disclosure rule applied, and for trainees
// the reasons. Before any objection, the current stage's own scripts; while a third party is on
// the line, the "not the debtor" scripts. Who is on the line is the call session's to say.
import { filterScriptsForDisclosure, NOT_THE_DEBTOR_SCENARIO, type HeldBackReason } from '../compliance';
import type { MergedPack, SourcedScript } from '../packs/merge';
import type { Segment, VariableValues } from '../packs/variables';
import { rankScripts, type RankContext, type RankedScript } from '../suggest/rank-scripts';
import type { Ranked } from '../suggest/classifier';
import { identityVerified, thirdPartyOnLine, type CallSession } from './session';

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
}

export interface SuggestInput {
  pack: MergedPack;
  /** The classifier's ranking of the utterance, or a scenario the agent picked. */
  detected: Ranked[];
  picked: string | null;
  /** Stage, identity verified and who is on the line are read from it (lib/call/session selectors). */
  session: Pick<CallSession, 'stage' | 'checked' | 'situation' | 'thirdParty'>;
  rank: Omit<RankContext, 'identityVerified' | 'stage'>;
  vars: VariableValues;
  max?: number;
}

const SECOND_SCENARIO_MARGIN = 0.12;

function toSuggestion(r: RankedScript<SourcedScript>, scenarioId: string | null): Suggestion {
  return { script: r.script, scenarioId, segments: r.segments, ...(r.shortSegments ? { shortSegments: r.shortSegments } : {}), reasons: r.reasons };
}

export function chooseScenarios(detected: Ranked[], picked: string | null): string[] {
  if (picked) return [picked];
  const [first, second] = detected;
  if (!first) return [];
  return second && first.score - second.score <= SECOND_SCENARIO_MARGIN ? [first.id, second.id] : [first.id];
}

export function suggestScripts(input: SuggestInput): SuggestionSet {
  const { pack, session, vars } = input;
  const { stage } = session;
  const max = input.max ?? 4;
  const disclosure = { identityVerified: identityVerified(session), thirdPartyOnLine: thirdPartyOnLine(session) };
  const chosen = chooseScenarios(input.detected, input.picked);
  // A third party on the line hears the third-party scripts first, whatever they say ("我老公生病住院了"
  // is still the wife speaking); the detected situation's scripts are held back until identity is verified.
  const scenarios = disclosure.thirdPartyOnLine ? [NOT_THE_DEBTOR_SCENARIO, ...chosen.filter((id) => id !== NOT_THE_DEBTOR_SCENARIO)] : chosen;
  const ctx: RankContext = { ...input.rank, stage, identityVerified: disclosure.identityVerified };

  let candidates: Suggestion[] = [];
  if (scenarios.length) {
    for (const id of scenarios) {
      const sc = pack.scenarios.find((s) => s.id === id);
      if (!sc) continue;
      const ranked = rankScripts(sc.scripts, ctx, vars).map((r) => toSuggestion(r, id));
      // The best situation gets its full list; a close second adds its top script.
      candidates.push(...(id === scenarios[0] ? ranked : ranked.slice(0, 1)));
    }
  } else {
    const own = pack.stageScripts.filter((s) => s.stage === stage);
    candidates = rankScripts(own, ctx, vars).map((r) => toSuggestion(r, null));
  }

  const gated = filterScriptsForDisclosure(
    candidates.map((c) => ({ ...c, discloses: c.script.discloses, scenarioId: c.scenarioId ?? undefined, text: c.script.text })),
    disclosure,
  );
  return {
    scenarios,
    cards: gated.shown.slice(0, max).map(({ script, scenarioId, segments, shortSegments, reasons }) => ({
      script,
      scenarioId: scenarioId ?? null,
      segments,
      ...(shortSegments ? { shortSegments } : {}),
      reasons,
    })),
    heldBack: gated.heldBack.length,
    heldBackReason: gated.reason,
  };
}
