import { describe, expect, it } from 'vitest';
import { isTurn, mergeTurns, type Turn } from '@/lib/live/turn';
import { parseMessage } from '@/lib/messaging-check';

const turn = (id: string, text: string, final = true, speaker: Turn['speaker'] = 'debtor'): Turn => ({ id, speaker, text, final, at: 1000, source: 'page' });

describe('mergeTurns', () => {
  it('appends new turns in order and replaces a turn by id', () => {
    const a = mergeTurns([], [turn('1', '喂', false)]);
    expect(a.map((t) => t.text)).toEqual(['喂']);
    const b = mergeTurns(a, [turn('1', '喂你好'), turn('2', '我最近没钱', true, 'debtor')]);
    expect(b.map((t) => [t.id, t.text, t.final])).toEqual([['1', '喂你好', true], ['2', '我最近没钱', true]]);
  });
  it('returns the same array when nothing changed', () => {
    const a = mergeTurns([], [turn('1', '喂')]);
    expect(mergeTurns(a, [turn('1', '喂')])).toBe(a);
  });
  it('keeps the first time heard and never reopens a final turn with a late interim', () => {
    const a = mergeTurns([], [{ ...turn('1', '我下周', false), at: 5 }]);
    const b = mergeTurns(a, [{ ...turn('1', '我下周还'), at: 9 }]);
    expect(b[0]).toMatchObject({ text: '我下周还', final: true, at: 5 });
    expect(mergeTurns(b, [turn('1', '我下', false)])).toBe(b);
  });
  it('keeps turns of different sources apart even with the same id', () => {
    const a = mergeTurns([], [turn('1', 'x')]);
    const b = mergeTurns(a, [{ ...turn('1', 'y'), source: 'audio' }]);
    expect(b).toHaveLength(2);
  });
});

describe('turns from outside', () => {
  it('isTurn refuses malformed turns', () => {
    expect(isTurn(turn('1', 'ok'))).toBe(true);
    expect(isTurn({ ...turn('1', 'ok'), speaker: 'bank' })).toBe(false);
    expect(isTurn({ ...turn('', 'ok') })).toBe(false);
    expect(isTurn({ ...turn('1', 'x'.repeat(2001)) })).toBe(false);
    expect(isTurn(null)).toBe(false);
  });
  it('the message schemas refuse oversized or malformed turn batches', () => {
    expect(parseMessage('page:turns', { turns: [turn('1', '好')] }).turns).toHaveLength(1);
    expect(() => parseMessage('page:turns', { turns: Array.from({ length: 51 }, (_, i) => turn(String(i), 'a')) })).toThrow();
    expect(() => parseMessage('bg:turns', { tabId: -1, turns: [] })).toThrow();
    expect(() => parseMessage('page:turns', { turns: [{ ...turn('1', 'a'), final: 'yes' }] })).toThrow();
  });
});
