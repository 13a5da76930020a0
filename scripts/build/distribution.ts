// What the built manifest grants, per build: the demo build (`wxt build`: npm start, E2E,
// benchmarks, a developer's own Chrome) runs on the demo CRM at localhost / 127.0.0.1; the
// release build (`npm run zip`, or DAIHOU_BUILD=release) is what a bank deploys and runs only on
// the CRM origins its supervisors or policy grant (https only). Read by wxt.config.ts; tested in
// tests/unit/build/distribution.test.ts. (Not a WXT mode: any mode but "production" gives React's
// development build and WXT's console logging.)

import { CONTENT_SCRIPT_FILE } from '../../lib/crm/content-script-file';

/** The demo CRM's origins: in the demo build only. */
export const DEMO_ORIGINS = ['http://localhost/*', 'http://127.0.0.1/*'];
/** The environment variable that selects the release build. */
export const BUILD_ENV = 'DAIHOU_BUILD';

/** Live call audio (docs/live-audio.md), in both builds: the CRM tab's audio (tabCapture stream id,
 *  asked for by the agent's click on 听 in that tab's panel) captured in an offscreen document. */
export const LIVE_AUDIO_PERMISSIONS = ['tabCapture', 'offscreen', 'activeTab'];

/** Files the live-audio pipeline loads at run time, copied from node_modules into the build: the
 *  Silero VAD model (onnxruntime-web's WebAssembly is emitted by the bundler as an asset of the
 *  offscreen page: served from the extension, never a CDN). */
export const LIVE_AUDIO_ASSETS: { from: string; to: string }[] = [
  { from: 'node_modules/@ricky0123/vad-web/dist/silero_vad_v5.onnx', to: 'live/silero_vad_v5.onnx' },
];

/** Extension pages may compile WebAssembly (onnxruntime-web), nothing else is loosened. */
export const EXTENSION_PAGES_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";

/** Every permission and why: docs/security.md. No `tabs`: nothing needs other sites' URLs and titles. */
export const PERMISSIONS = ['storage', 'sidePanel', 'scripting', 'alarms', 'notifications', 'unlimitedStorage', ...LIVE_AUDIO_PERMISSIONS];

export const isRelease = (env: Record<string, string | undefined> = process.env): boolean => env[BUILD_ENV] === 'release';

/** The release is built beside the demo build, never over it. */
export const outDirTemplate = (release: boolean): string | undefined => (release ? '{{browser}}-mv{{manifestVersion}}-release' : undefined);

/**
 * The CRM content script as the manifest declares it: on the demo CRM (dropped from the release by
 * stripDemoOrigins), at document_idle, top frame only (frames are read from the top document).
 * Declared here, not by WXT's defineContentScript: it is built as an unlisted script
 * (entrypoints/crm.ts says why).
 */
export const demoContentScripts = (): { matches: string[]; js: string[]; run_at: 'document_idle' }[] => [
  { matches: [...DEMO_ORIGINS], js: [CONTENT_SCRIPT_FILE], run_at: 'document_idle' },
];

/** Granted at install: the demo CRM in the demo build, nothing in the release. */
export const hostPermissions = (release: boolean): string[] => (release ? [] : [...DEMO_ORIGINS]);

/** What Options may ask for when a CRM site is added: https only in the release. */
export const optionalHostPermissions = (release: boolean): string[] => (release ? ['https://*/*'] : ['https://*/*', 'http://*/*']);

interface ContentScriptEntry {
  matches?: string[];
}
interface ManifestPart {
  host_permissions?: string[];
  content_scripts?: ContentScriptEntry[];
}

/**
 * Makes the generated manifest the released one, in place: the content script declared for the
 * demo CRM is dropped (in the release it runs only where a CRM origin was granted, registered at
 * run time by lib/background/crm-origins.ts), and no demo origin is left anywhere.
 */
export function stripDemoOrigins<M extends ManifestPart>(manifest: M): M {
  const demo = new Set(DEMO_ORIGINS);
  const scripts = (manifest.content_scripts ?? [])
    .map((cs) => ({ ...cs, matches: (cs.matches ?? []).filter((m) => !demo.has(m)) }))
    .filter((cs) => cs.matches.length > 0);
  manifest.host_permissions = (manifest.host_permissions ?? []).filter((h) => !demo.has(h));
  if (scripts.length) manifest.content_scripts = scripts;
  else delete manifest.content_scripts;
  return manifest;
}
