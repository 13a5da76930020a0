// The content script's check of the messages it receives (from the extension itself: the panel
// and the options page). Small and schema-free to keep the CRM page's script lean; the same
// limits as the full schemas in lib/messaging-check.ts.
import type { DataOf, MessageType, PayloadCheck } from '../messaging';
import { FIELD_NAMES } from '../extract/types';

const MAX_TEXT = 20_000;

function fail(type: string): never {
  throw new Error(`invalid payload for ${type}`);
}

const isObject = (d: unknown): d is Record<string, unknown> => typeof d === 'object' && d !== null && !Array.isArray(d);

export const checkCrmMessage: PayloadCheck = <T extends MessageType>(type: T, data: unknown): DataOf<T> => {
  if (!isObject(data)) fail(type);
  switch (type) {
    case 'crm:extract-now':
    case 'crm:stats':
      return {} as DataOf<T>;
    case 'crm:insert-text': {
      const { text, target, debtor } = data;
      if (typeof text !== 'string' || text.length > MAX_TEXT || (target !== 'note' && target !== 'focused')) fail(type);
      if (typeof debtor !== 'string' || !debtor || debtor.length > 2000) fail(type);
      return { text, target, debtor } as DataOf<T>;
    }
    case 'crm:pick': {
      const { hint, kind } = data;
      if (typeof hint !== 'string' || hint.length > 200) fail(type);
      if (kind !== undefined && kind !== 'field' && kind !== 'transcript') fail(type);
      return (kind ? { hint, kind } : { hint }) as DataOf<T>;
    }
    case 'crm:highlight': {
      const { field } = data;
      if (!(FIELD_NAMES as readonly unknown[]).includes(field)) fail(type);
      return { field } as DataOf<T>;
    }
    default:
      return fail(type);
  }
};
