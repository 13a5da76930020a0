export class BrowserNotFoundError extends Error {}
export function findChrome(): string;
