import type { CliIo } from './cli-io';
import { decodeTextDocument } from './decode-text-document';
import { describeCliError } from './describe-cli-error';

/** A file's bytes; when it cannot be read, throws an error whose message says why in one sentence naming it. */
export async function readInputBytes(path: string, io: CliIo): Promise<Uint8Array> {
  try {
    return await io.readBytes(path);
  } catch (error) {
    throw new Error(describeCliError(error, path), { cause: error });
  }
}

/**
 * A text file's text (UTF-8, or UTF-16 with a byte order mark, without the mark). A file that
 * cannot be read, or is binary or in another encoding, throws with a sentence naming it.
 */
export async function readInputText(path: string, io: CliIo): Promise<string> {
  const decoded = decodeTextDocument(await readInputBytes(path, io));
  if (!decoded.ok) throw new Error(`${path} ${decoded.message}.`);
  return decoded.text;
}
