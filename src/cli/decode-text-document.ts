import type { Result } from '../core/result';

// A text file the command line reads (a document, register or allow list) must really be text:
// decoding binary or mis-encoded bytes leniently would turn names into "�" or junk, and the
// check would then miss them and report nothing found.

export type DecodedTextDocument = Result<{ text: string }>;

/** Share of control characters above which a file is taken for binary (a stray form feed is not). */
const maxControlShare = 0.01;

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return; and DEL. */
function countControlCharacters(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code >= 0x01 && code <= 0x08) || (code >= 0x0e && code <= 0x1f) || code === 0x7f) count += 1;
  }
  return count;
}

function decoderFor(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; name: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', name: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', name: 'UTF-16' };
  return { encoding: 'utf-8', name: 'UTF-8' };
}

/**
 * Decodes UTF-8 (with or without a byte order mark) or UTF-16 with a byte order mark, which
 * Windows Notepad writes. Refuses bytes that are not valid in that encoding, NUL characters
 * (binary files have them; text never does) and text thick with control characters. The
 * message reads after the file's name: "report.txt is not UTF-8 text …".
 */
export function decodeTextDocument(bytes: Uint8Array): DecodedTextDocument {
  const { encoding, name } = decoderFor(bytes);
  // A NUL byte in what claims to be UTF-8 is the plainest sign of a binary file: say that, not "not UTF-8".
  if (encoding === 'utf-8' && bytes.includes(0)) return { ok: false, message: 'looks like a binary file, not text (it contains NUL bytes)' };
  let text: string;
  try {
    // `fatal` throws on any invalid sequence rather than inventing "�"; the byte order mark is dropped.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: `is not ${name} text: save it as UTF-8 and try again` };
  }
  if (text.includes('\u0000')) return { ok: false, message: 'looks like a binary file, not text (it contains NUL characters)' };
  const controls = countControlCharacters(text);
  if (controls > 0 && controls > text.length * maxControlShare)
    return { ok: false, message: 'looks like a binary file, not text (it is full of control characters)' };
  return { ok: true, text };
}
