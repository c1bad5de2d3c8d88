// Agencies' CSV files arrive as UTF-8 (with or without a byte-order mark) or as Windows-1252,
// which Excel on Windows writes: £, curly quotes and dashes must come through intact.

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
}

export function decodeTextFile(bytes: Uint8Array): DecodedText {
  try {
    // `fatal` makes any byte sequence that is not UTF-8 throw, rather than turn into "�".
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F, where it has €, curly quotes, dashes …
// Decoded here by table: some TextDecoder implementations (Node's among them) read the label as
// strict Latin-1 and turn those bytes into invisible control characters.
const windows1252High = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c,
  0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  const chunk = 8192;
  for (let start = 0; start < bytes.length; start += chunk) {
    const codes = Array.from(bytes.subarray(start, start + chunk), (byte) => (byte >= 0x80 && byte <= 0x9f ? windows1252High[byte - 0x80]! : byte));
    text += String.fromCharCode(...codes);
  }
  return text;
}

/** Whether the bytes look like a binary file (not text): NUL bytes do not occur in CSV. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  return sample.includes(0);
}
