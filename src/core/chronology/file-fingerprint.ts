/** SHA-256 of a file's bytes, hex: the same file imported twice is recognised whatever its name. */
export async function fileFingerprint(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes.slice().buffer);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
