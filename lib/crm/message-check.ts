// The content script's check of the messages it receives (from the extension itself: the panel
// and the options page). Small and schema-free to keep the CRM page's script lean; the same
// limits as the full schemas in lib/messaging-check.ts. The page tools, injected on request,
// check theirs in lib/crm/page-tool-check.ts.
import type { DataOf, MessageType, PayloadCheck } from '../messaging';

export function fail(type: string): never {
  throw new Error(`invalid payload for ${type}`);
}

export const isObject = (d: unknown): d is Record<string, unknown> => typeof d === 'object' && d !== null && !Array.isArray(d);

export const checkCrmMessage: PayloadCheck = <T extends MessageType>(type: T, data: unknown): DataOf<T> => {
  if (!isObject(data) || (type !== 'crm:extract-now' && type !== 'crm:stats')) fail(type);
  return {} as DataOf<T>;
};
