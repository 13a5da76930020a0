// The call window as agents read it in pack text: `{callWindow}` in a checklist item or a legal note
// becomes the window in effect (settings resolved against the profile), never a number the pack fixed.
import type { PartialLocalized } from '../i18n';
import { limitsFromSettings, resolveLimits } from './profiles';
import type { ProfileId } from './types';
import type { MergedPack } from '../packs/merge';

/** The placeholder pack authors write where the allowed calling hours belong. */
export const CALL_WINDOW_PLACEHOLDER = '{callWindow}';

/** The window in effect for these settings, as "08:00–21:00". */
export function effectiveCallWindow(settings: { complianceProfile: ProfileId; callWindowStart?: string; callWindowEnd?: string; maxAttemptsPerDay?: number }): string {
  const { limits } = resolveLimits(settings.complianceProfile, limitsFromSettings(settings));
  return `${limits.callWindowStart}–${limits.callWindowEnd}`;
}

/** Every language of a text with `{callWindow}` filled in (other placeholders are left alone). */
export function fillCallWindow<T extends PartialLocalized>(text: T, window: string): T {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(text)) if (typeof v === 'string') out[k] = v.split(CALL_WINDOW_PLACEHOLDER).join(window);
  return out as T;
}

/** The pack's stage checklists and legal notes with the window in effect written in. */
export function withCallWindow<P extends Pick<MergedPack, 'stages' | 'legalNotes'>>(pack: P, window: string): P {
  return {
    ...pack,
    stages: pack.stages.map((s) => ({ ...s, checklist: s.checklist.map((c) => ({ ...c, text: fillCallWindow(c.text, window) })) })),
    legalNotes: pack.legalNotes.map((n) => ({ ...n, body: fillCallWindow(n.body, window) })),
  };
}
