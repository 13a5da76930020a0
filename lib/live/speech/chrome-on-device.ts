// Chrome's own recognizer, on-device only: `processLocally = true` on every recognition and
// `SpeechRecognition.available({langs, processLocally: true})` before any. A browser without the
// on-device API, or without the language pack installed, is reported (needs-install, installing,
// unsupported) and nothing runs: this engine never lets Chrome use its cloud service.
// A segment is played into a MediaStreamTrack that `start(track)` recognises (Chrome 135+).
import { durationMs, notReady, READY, SAMPLE_RATE, type Availability, type Segment, type SpeechEngine, type Transcription } from './engine';

type OnDeviceAnswer = 'available' | 'downloadable' | 'downloading' | 'unavailable';

interface RecognitionResultList {
  length: number;
  [i: number]: { isFinal: boolean; length: number; [j: number]: { transcript: string } };
}
interface Recognition extends EventTarget {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  processLocally?: boolean;
  start(track?: MediaStreamTrack): void;
  stop(): void;
  abort(): void;
  onresult: ((e: { results: RecognitionResultList; resultIndex: number }) => void) | null;
  onerror: ((e: { error: string }) => void) | null;
  onend: (() => void) | null;
}
export interface RecognitionCtor {
  new (): Recognition;
  available?: (o: { langs: string[]; processLocally: boolean }) => Promise<OnDeviceAnswer>;
  install?: (o: { langs: string[]; processLocally?: boolean }) => Promise<boolean>;
}

export function recognitionCtor(scope: unknown = globalThis): RecognitionCtor | null {
  const g = scope as { SpeechRecognition?: RecognitionCtor; webkitSpeechRecognition?: RecognitionCtor };
  return g.SpeechRecognition ?? g.webkitSpeechRecognition ?? null;
}

/** Chrome's answer for on-device recognition of `lang`, as an availability. */
export async function onDeviceAvailability(ctor: RecognitionCtor | null, lang: string): Promise<Availability> {
  if (!ctor || typeof ctor.available !== 'function' || !('processLocally' in ctor.prototype)) return notReady('unsupported');
  let answer: OnDeviceAnswer;
  try {
    answer = await ctor.available({ langs: [lang], processLocally: true });
  } catch {
    return notReady('unsupported');
  }
  if (answer === 'available') return READY;
  if (answer === 'downloadable') return notReady('needs-install');
  if (answer === 'downloading') return notReady('installing');
  return notReady('unsupported');
}

/**
 * Asks Chrome to install its on-device pack for `lang` (SpeechRecognition.install: needs a click in
 * the page; Chrome downloads the pack once, recognition then runs offline). False when Chrome
 * cannot or would not.
 */
export async function installOnDevicePack(ctor: RecognitionCtor | null, lang: string): Promise<boolean> {
  if (!ctor || typeof ctor.install !== 'function') return false;
  try {
    return (await ctor.install({ langs: [lang], processLocally: true })) === true;
  } catch {
    return false;
  }
}

export function createChromeOnDeviceEngine(lang = 'zh-CN', ctor: RecognitionCtor | null = recognitionCtor()): SpeechEngine {
  let ctx: AudioContext | null = null;
  const check = () => onDeviceAvailability(ctor, lang);
  return {
    id: 'chrome-on-device',
    available: check,
    async transcribe(segment: Segment): Promise<Transcription> {
      const a = await check();
      if (!a.ready || !ctor) throw new Error(`on-device recognition not available: ${a.reason}`);
      ctx ??= new AudioContext({ sampleRate: SAMPLE_RATE });
      const buffer = ctx.createBuffer(1, segment.pcm.length, SAMPLE_RATE);
      buffer.copyToChannel(new Float32Array(segment.pcm), 0);
      const dest = ctx.createMediaStreamDestination();
      const player = ctx.createBufferSource();
      player.buffer = buffer;
      player.connect(dest);
      const track = dest.stream.getAudioTracks()[0]!;
      const rec = new ctor();
      rec.lang = lang;
      rec.continuous = true;
      rec.interimResults = false;
      rec.processLocally = true;
      // Refuse rather than risk the cloud: a recognizer that did not keep the flag is not used.
      if (rec.processLocally !== true) throw new Error('on-device mode not honoured');
      const words: string[] = [];
      const text = await new Promise<string>((resolve, reject) => {
        rec.onresult = (e) => {
          for (let i = e.resultIndex; i < e.results.length; i++) if (e.results[i]!.isFinal) words.push(e.results[i]![0]!.transcript);
        };
        rec.onerror = (e) => (e.error === 'no-speech' ? resolve('') : reject(new Error(e.error)));
        rec.onend = () => resolve(words.join(''));
        player.onended = () => setTimeout(() => rec.stop(), 300);
        rec.start(track);
        player.start();
      }).finally(() => {
        track.stop();
        player.disconnect();
      });
      return { text: text.trim(), durationMs: durationMs(segment.pcm) };
    },
    async dispose() {
      await ctx?.close().catch(() => {});
      ctx = null;
    },
  };
}
