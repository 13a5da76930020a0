// Canonical JSON for signatures: object keys sorted by UTF-16 code units, no whitespace, the
// same bytes in Node and Chromium. Never used for display; only what is signed and verified.

export class CanonicalJsonError extends Error {}

/** Serialize like JSON.stringify, but deterministic. Rejects values JSON cannot carry. */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  const seen = new Set<object>();
  const write = (v: unknown): void => {
    if (v === null) return void out.push('null');
    switch (typeof v) {
      case 'string':
        return void out.push(JSON.stringify(v));
      case 'boolean':
        return void out.push(v ? 'true' : 'false');
      case 'number':
        if (!Number.isFinite(v)) throw new CanonicalJsonError('non-finite number');
        return void out.push(JSON.stringify(v));
      case 'object': {
        if (seen.has(v)) throw new CanonicalJsonError('cycle');
        seen.add(v);
        if (Array.isArray(v)) {
          out.push('[');
          v.forEach((x, i) => {
            if (i) out.push(',');
            write(x === undefined ? null : x);
          });
          out.push(']');
        } else {
          const obj = v as Record<string, unknown>;
          const keys = Object.keys(obj)
            .filter((k) => obj[k] !== undefined)
            .sort();
          out.push('{');
          keys.forEach((k, i) => {
            if (i) out.push(',');
            out.push(JSON.stringify(k), ':');
            write(obj[k]);
          });
          out.push('}');
        }
        seen.delete(v);
        return;
      }
      default:
        throw new CanonicalJsonError(`cannot serialize ${typeof v}`);
    }
  };
  write(value);
  return out.join('');
}

/** The UTF-8 bytes that are signed. */
export function canonicalBytes(value: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalJson(value)) as Uint8Array<ArrayBuffer>;
}
