// How a cube's integers travel in the file: zig-zag LEB128 varints, base64. Small counts take one
// byte, and a 200-agent × 90-day import parses one string per cube instead of millions of JSON
// numbers (JSON.parse of 57 MB of number arrays alone took longer than the whole 2 s budget).

const CHUNK = 0x8000;

export function encodeInts(values: ArrayLike<number>): string {
  const bytes = new Uint8Array(values.length * 5);
  let w = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isInteger(v) || v < -0x80000000 || v > 0x7fffffff) throw new RangeError('not a 32-bit integer');
    let z = ((v << 1) ^ (v >> 31)) >>> 0;
    while (z >= 0x80) {
      bytes[w++] = (z & 0x7f) | 0x80;
      z >>>= 7;
    }
    bytes[w++] = z;
  }
  let bin = '';
  for (let i = 0; i < w; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, Math.min(w, i + CHUNK)));
  return btoa(bin);
}

/** The integers, or null when the text is not base64 or a varint is cut or too long. */
export function decodeInts(text: string): Int32Array | null {
  let bin: string;
  try {
    bin = atob(text);
  } catch {
    return null;
  }
  const out = new Int32Array(bin.length);
  let n = 0;
  let z = 0;
  let shift = 0;
  for (let i = 0; i < bin.length; i++) {
    const b = bin.charCodeAt(i);
    if (shift === 28 && b > 0x0f) return null;
    z |= (b & 0x7f) << shift;
    if (b & 0x80) {
      shift += 7;
      continue;
    }
    out[n++] = (z >>> 1) ^ -(z & 1);
    z = 0;
    shift = 0;
  }
  if (shift) return null;
  return out.subarray(0, n);
}
