// The product's database: one import for the panel, the options page and the background.
// Free of browser-extension APIs, so benches can bundle it into a plain page.
export { db, DaihouDB, DB_NAME, SCHEMA_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, guardWrite } from './database';
export * from './contact-rules';
export * from './schema';
export * from './errors';
export * from './notes';
export * from './debtors';
export * from './calls';
export * from './promises';
export * from './callbacks';
export * from './timeline';
export { search, searchDebtorsByName, indexPendingNotes, type NoteHit, type SearchResult } from './search';
export * from './export';
export * from './backup';
export * from './retention';
export * from './audit';
export { getDbSetting, setDbSetting } from './kv';
// The days records are filed under come from lib/time; passed on for the bundles that load only lib/db (bench, E2E).
export { dayOf, todayISO, dayRange, addDays, zonedTime, DEFAULT_TIME_ZONE } from '../time';
export { gramsOf } from './grams';
