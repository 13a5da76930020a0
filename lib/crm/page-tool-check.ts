// The page tools' check of the messages they receive (entrypoints/picker.ts: pick on page,
// where was this read, insert a script): small and schema-free like the content script's
// (lib/crm/message-check.ts), with the same limits as the full schemas in lib/messaging-check.ts.
import type { DataOf, MessageType, PayloadCheck } from '../messaging';
import { FIELD_NAMES } from '../extract/types';
import { fail, isObject } from './message-check';

const MAX_TEXT = 20_000;

export const checkPageToolMessage: PayloadCheck = <T extends MessageType>(type: T, data: unknown): DataOf<T> => {
  if (!isObject(data)) fail(type);
  switch (type) {
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
