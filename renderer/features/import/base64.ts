/**
 * Bytes per `btoa` call: a multiple of 3, so each chunk encodes to whole base64 quads with no
 * padding in the middle, and small enough that `String.fromCharCode(...chunk)` stays far below
 * the engine's argument limit (a 20 MB file in one call would overflow the stack).
 */
export const CHUNK_BYTES = 3 * 8192;

/** Standard base64 (RFC 4648, with padding) of `bytes`, encoded chunk by chunk. Pure. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK_BYTES) {
    const chunk = bytes.subarray(i, i + CHUNK_BYTES);
    parts.push(btoa(String.fromCharCode.apply(null, chunk as unknown as number[])));
  }
  return parts.join('');
}
