// What the side panel loads: the enabled packs of the library merged by precedence, and for
// every script the pack it came from and whether that pack is verified. Framework-free.
import { getSettingsQuick } from '@/lib/settings';
import { getLibrary, getDefaultPack, watchLibrary, type Verification } from './library';
import { mergePacks, type MergedPack, type SourcedScript } from './merge';
import type { Localized } from './schema';

export interface PackSourceInfo {
  packId: string;
  /** zh-CN name; `name` has every locale the pack gives. */
  packName: string;
  name: Localized;
  version: string;
  verified: Verification;
}

export interface ActivePack {
  pack: MergedPack;
  /** By script id; when two packs use the same script id in different scenarios, the higher pack's. */
  sources: Map<string, PackSourceInfo>;
  /** By pack id: look up `script.sourcePackId` here for an exact answer. */
  packs: Map<string, PackSourceInfo>;
  /** Pack ids merged, lowest precedence first. */
  order: string[];
}

/**
 * Enabled packs merged lowest → highest precedence. With every pack disabled, the bundled
 * default is used so the panel is never empty. When policy requires signed packs, an unsigned
 * pack installed before the policy is not used.
 */
export async function loadActivePack(): Promise<ActivePack> {
  const [{ packs: installed }, { values }] = await Promise.all([getLibrary(), getSettingsQuick()]);
  let enabled = installed.filter((p) => p.enabled && !(values.requireSignedPacks && p.verified === 'unverified'));
  if (!enabled.length) {
    const pack = await getDefaultPack();
    enabled = [{ id: pack.id, source: 'default', enabled: true, order: 0, verified: 'builtin', installedAt: 0, pack }];
  }
  const packs = new Map<string, PackSourceInfo>();
  for (const p of enabled) {
    packs.set(p.pack.id, { packId: p.pack.id, packName: p.pack.name['zh-CN'], name: p.pack.name, version: p.pack.version, verified: p.verified });
  }
  // The default pack's prohibitions hold even when it is switched off.
  const builtin = installed.find((p) => p.source === 'default')?.pack;
  const merged = mergePacks(
    enabled.map((p) => p.pack),
    builtin ? { prohibitedBy: [builtin] } : {},
  );
  const sources = new Map<string, PackSourceInfo>();
  const note = (s: SourcedScript) => {
    const info = packs.get(s.sourcePackId);
    if (info) sources.set(s.id, info);
  };
  merged.stageScripts.forEach(note);
  for (const sc of merged.scenarios) sc.scripts.forEach(note);
  return { pack: merged, sources, packs, order: enabled.map((p) => p.pack.id) };
}

/** Call `cb` whenever the library changes (install, enable, reorder, subscription update). */
export function onActivePackChanged(cb: () => void): () => void {
  return watchLibrary(cb);
}
