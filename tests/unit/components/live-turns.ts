// Turns of a live call for component tests (the fake connector's hear()).
import type { Turn } from '@/lib/live/turn';

let n = 0;
export function turn(speaker: Turn['speaker'], text: string, final = true, id = `t${++n}`): Turn {
  return { id, speaker, text, final, at: Date.now(), source: 'page' };
}
