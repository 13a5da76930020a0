// The CRM content script's file in the build (entrypoints/crm.ts, built by WXT as an unlisted
// script): declared for the demo CRM in the manifest (wxt.config.ts), registered at run time for
// the bank's CRM origins (lib/background/crm-origins.ts), run again after an update (reinject.ts).
export const CONTENT_SCRIPT_FILE = 'crm.js';
