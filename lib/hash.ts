// SHA-256 and hex through WebCrypto: the one home for the digests the product takes (backup and
// roll-up checksums, the policy speech model's hash, signing-key fingerprints).

/** Lowercase hex of a buffer (its first `bytes` bytes when given). */
export function hex(buf: ArrayBuffer, bytes = buf.byteLength): string {
  return Array.from(new Uint8Array(buf, 0, bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of bytes, or of a text as UTF-8, in lowercase hex. */
export async function sha256Hex(data: string | BufferSource): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', typeof data === 'string' ? new TextEncoder().encode(data) : data));
}
