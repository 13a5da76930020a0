// AudioWorklet (runs in an AudioContext at 16 kHz): mono frames of 512 samples (32 ms), the
// Silero VAD's frame, posted to the main thread. Channels are averaged; nothing is kept.
const FRAME = 512;
class PcmFrames extends AudioWorkletProcessor {
  constructor() {
    super();
    this.buf = new Float32Array(FRAME);
    this.at = 0;
  }
  process(inputs) {
    const input = inputs[0];
    if (!input || input.length === 0) return true;
    const n = input[0].length;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let c = 0; c < input.length; c++) s += input[c][i];
      this.buf[this.at++] = s / input.length;
      if (this.at === FRAME) {
        this.port.postMessage(this.buf, [this.buf.buffer]);
        this.buf = new Float32Array(FRAME);
        this.at = 0;
      }
    }
    return true;
  }
}
registerProcessor('pcm-frames', PcmFrames);
