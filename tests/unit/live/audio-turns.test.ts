import { describe, expect, it, vi } from 'vitest';
import { createTurnPipeline, turnFromSegment } from '@/lib/live/audio-turns';
import { isTurn, MAX_TURN_TEXT, type Turn } from '@/lib/live/turn';
import type { Segment, SpeechEngine } from '@/lib/live/speech/engine';

const seg = (speaker: 'debtor' | 'agent', ms: number, startedAt = 1_700_000_000_000): Segment => ({ speaker, pcm: new Float32Array((ms * 16_000) / 1000), startedAt });

/** An engine that takes `delays[i]` ms of the fake clock for the i-th segment and answers texts[i]. */
function engine(texts: string[], delays: number[], clock: { t: number }): SpeechEngine & { seen: string[] } {
  let i = 0;
  const seen: string[] = [];
  return {
    id: 'test',
    seen,
    available: async () => ({ ready: true, reason: 'ready' }),
    async transcribe(s) {
      const k = i++;
      seen.push(s.speaker);
      await new Promise((r) => setTimeout(r, delays[k] ?? 0));
      clock.t += delays[k] ?? 0;
      if (texts[k] === '!') throw new Error('engine failed');
      return { text: texts[k] ?? '', durationMs: 0 };
    },
    dispose: async () => {},
  };
}

describe('segment → turn', () => {
  it('one final audio turn per segment: speaker, start time, text capped', () => {
    const t = turnFromSegment(seg('debtor', 800, 1234.6), '  我这个月没钱  '.trim(), 3);
    expect(t).toEqual({ id: 'audio-debtor-3-1235', speaker: 'debtor', text: '我这个月没钱', final: true, at: 1235, source: 'audio' });
    expect(isTurn(t)).toBe(true);
    expect(turnFromSegment(seg('agent', 10), 'x'.repeat(MAX_TURN_TEXT + 5), 1).text).toHaveLength(MAX_TURN_TEXT);
  });

  it('keeps the order heard even when an earlier segment is slower to recognise, with unique ids', async () => {
    const clock = { t: 0 };
    const out: Turn[] = [];
    const p = createTurnPipeline({ engine: engine(['一', '二', '三'], [30, 1, 1], clock), emit: (t) => void out.push(t), now: () => clock.t });
    void p.onSegment(seg('debtor', 500), 0);
    void p.onSegment(seg('agent', 500), 0);
    await p.onSegment(seg('debtor', 500), 0);
    expect(out.map((t) => [t.speaker, t.text])).toEqual([['debtor', '一'], ['agent', '二'], ['debtor', '三']]);
    expect(new Set(out.map((t) => t.id)).size).toBe(3);
  });

  it('times each turn from segment end to hand-off, recognition excluded', async () => {
    const clock = { t: 100 };
    const p = createTurnPipeline({
      engine: engine(['好的'], [400], clock),
      emit: () => {
        clock.t += 7; // the hand-off itself
      },
      now: () => clock.t,
    });
    await p.onSegment(seg('debtor', 1200), 98);
    const [timing] = p.timings();
    expect(timing).toMatchObject({ recognitionMs: 400, audioMs: 1200 });
    expect(timing!.pipelineMs).toBe(9); // 2 ms before recognition + 7 ms hand-off
  });

  it('no turn for empty text; an engine error is reported and the next segment still goes through', async () => {
    const clock = { t: 0 };
    const out: Turn[] = [];
    const onError = vi.fn();
    const p = createTurnPipeline({ engine: engine(['  ', '!', '对'], [0, 0, 0], clock), emit: (t) => void out.push(t), onError, now: () => clock.t });
    await p.onSegment(seg('debtor', 300));
    await p.onSegment(seg('debtor', 300)).catch(() => {});
    await p.onSegment(seg('agent', 300));
    expect(out.map((t) => t.text)).toEqual(['对']);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(p.timings()).toHaveLength(1);
  });
});
