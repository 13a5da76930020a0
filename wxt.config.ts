import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import { preloadDynamicImports } from './scripts/build/preload-panel-code';
import { demoContentScripts, EXTENSION_PAGES_CSP, hostPermissions, isRelease, LIVE_AUDIO_ASSETS, optionalHostPermissions, outDirTemplate, PERMISSIONS, stripDemoOrigins } from './scripts/build/distribution';

// The manifest key pins the unpacked extension id (mfabdeapnofdmndmgbmbgjhdiopdpolf) so that
// enterprise policy examples, E2E tests and the README can name it.
const MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqpK8+bSVJ2Y8DrzS2niyMbMb6ve0F+2O0De42N3Em7ehSUEDZKH8DcwrrB/jDZy9mf0DE+tmd8Ha3/0erZIFIv0R6GYHmE+78PcKkSSQ/g36kNgHpuskGlHxklLjogpYSTqakVaqS+PSO49DAKe1KDE0OPieWzOUyrYP+DxPndjDa8qgt8Q3/tcMF3UM91shjh2PAnTm0vymNWacWZ00JcZ6FcDaOpZrnFbRX1s7AMfMcQ1JR4e1ixoV1GR1M5egIctbliwWr2b9q3UQMx1jif9hE6rtLV7HK2yo0LSJMmbTBeLG8+924iL0ymB/dmzxfHXO68qSKSj7+1CvvQVpEwIDAQAB';

// `wxt build` is the demo build (the demo CRM works out of the box); `npm run zip`
// (DAIHOU_BUILD=release, into .output/chrome-mv3-release) is what a bank deploys: no demo
// origins, https-only optional hosts. See scripts/build/distribution.ts and docs/security.md.
const release = isRelease();

/** `browser` without the polyfill: Chrome's MV3 API (promises everywhere but onMessage replies). */
const NATIVE_BROWSER = createRequire(import.meta.url).resolve('@wxt-dev/browser');

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  ...(release ? { outDirTemplate: outDirTemplate(release) } : {}),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      if (release) stripDemoOrigins(manifest);
    },
    // Scripts that run inside the bank's CRM pages (the content script, the page tools and the
    // transcript reader injected on demand) use Chrome's own promise-based API, not the polyfill:
    // every agent's every CRM page loads them (size budget, bench/chromium/foundation.bench.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      const own = { find: /^wxt\/browser$/, replacement: NATIVE_BROWSER };
      const alias = config.resolve?.alias;
      const list = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = { ...config.resolve, alias: [own, ...list.filter((a) => a.find !== 'wxt/browser')] };
      // lib/messaging answers through sendResponse there; the content script loads the
      // Traditional label fold only on Traditional pages (lib/extract/fold-host.ts).
      const crm = entrypoints.length === 1 && entrypoints[0]!.name === 'crm';
      config.define = { ...config.define, 'import.meta.env.DAIHOU_NATIVE_BROWSER': JSON.stringify('true'), ...(crm ? { __DAIHOU_FOLD_LATER__: 'true' } : {}) };
      // Terser with two passes packs these scripts ~2 % tighter than the default minifier.
      config.build = { ...config.build, minify: 'terser', terserOptions: { compress: { passes: 2 }, ecma: 2020 } };
    },
    // Live call audio: the VAD model and onnxruntime's wasm, from node_modules (docs/live-audio.md).
    'build:publicAssets': (_wxt, files) => {
      for (const a of LIVE_AUDIO_ASSETS) files.push({ absoluteSrc: resolve(import.meta.dirname, a.from), relativeDest: a.to });
    },
  },
  // The scripted speech engine exists only outside the release build (lib/live/speech/select.ts).
  vite: () => ({
    // The side panel's app code loads beside its settings read and locale table: preloaded from its HTML.
    plugins: [preloadDynamicImports(['sidepanel/index.html'])],
    // A dynamic import loads its chunk's imports itself: extension files come from disk, and Vite's
    // preload helper (a <link> per dependency, added on the main thread) cost more than it saved.
    build: { modulePreload: { resolveDependencies: (_f: string, deps: string[], ctx: { hostType: string }) => (ctx.hostType === 'html' ? deps : []) } },
    define: { 'import.meta.env.DAIHOU_RELEASE': JSON.stringify(release) },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    ...(browser === 'chrome' ? { key: MANIFEST_KEY } : {}),
    permissions: PERMISSIONS,
    host_permissions: hostPermissions(release),
    content_scripts: demoContentScripts(),
    optional_host_permissions: optionalHostPermissions(release),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+D', mac: 'Alt+Shift+D' },
        description: '__MSG_commandOpenPanel__',
      },
    },
    storage: { managed_schema: 'managed-schema.json' },
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
  }),
});
