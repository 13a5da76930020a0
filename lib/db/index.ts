export { db, DaihouDB } from './database';
export * from './schema';
export * from './notes';
