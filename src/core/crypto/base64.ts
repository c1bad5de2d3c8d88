// Base64 for ciphertext in JSON files, in slices so a 200 MB case file never builds one giant
// intermediate string of code points.

const slice = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += slice) parts.push(String.fromCharCode(...bytes.subarray(start, start + slice)));
  return btoa(parts.join(''));
}

/** Throws a plain-English error for text that is not base64. */
export function base64ToBytes(text: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw new Error('The encrypted data is damaged (not base64).');
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
