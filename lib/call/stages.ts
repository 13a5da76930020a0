// The call's stages (shared/domain.md §5). Their titles and checklists come from the script pack
// (pack.stages), so a supervisor can reword them; the ids are the contract with scripts' `checks`.
import { STAGE_IDS, type Stage, type StageId } from '../packs/schema';

export const STAGES = STAGE_IDS;
export type { StageId };

export interface OpenItem {
  stage: StageId;
  id: string;
  text: Stage['checklist'][number]['text'];
}

/** Required checklist items of stages before `current` that are still open: what was skipped. */
export function skippedItems(stages: readonly Stage[], current: StageId, checked: Record<string, boolean>): OpenItem[] {
  const at = STAGES.indexOf(current);
  const out: OpenItem[] = [];
  for (const s of stages) {
    if (STAGES.indexOf(s.id) >= at) continue;
    for (const item of s.checklist) if (item.required && !checked[item.id]) out.push({ stage: s.id, id: item.id, text: item.text });
  }
  return out;
}

export type StageState = 'done' | 'skipped' | 'current' | 'ahead';

/**
 * Each stage as the stepper shows it: a stage behind the current one is `done` only when its required
 * items are ticked; one jumped over (a later stage's script used, a stage clicked ahead) is `skipped`.
 */
export function stageStates(stages: readonly Stage[], current: StageId, checked: Record<string, boolean>): Record<StageId, StageState> {
  const at = STAGES.indexOf(current);
  const open = new Set(skippedItems(stages, current, checked).map((i) => i.stage));
  return Object.fromEntries(
    STAGES.map((id, i) => [id, i === at ? 'current' : i > at ? 'ahead' : open.has(id) ? 'skipped' : 'done']),
  ) as Record<StageId, StageState>;
}
