import { dirname } from 'node:path';
import { atomicWriteFile } from '../main/files/atomic-write-file';

const errorCode = (error: unknown) => (typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined);

/**
 * The likely reasons a command's output cannot be written, each in one sentence naming the file;
 * undefined for the rest, which keep the app's own wording (describeFileError, via atomicWriteFile).
 */
function writeFailure(path: string, code: string | undefined): string | undefined {
  switch (code) {
    case 'ENOENT':
      // Creating a file fails this way only when its folder is missing (a typo, usually).
      return `${path} could not be written: the folder ${dirname(path)} does not exist.`;
    case 'EACCES':
    case 'EPERM':
      return `${path} could not be written: permission denied (the folder may be read-only, or the file open in another program).`;
    case 'ENOSPC':
      return `${path} could not be written: the disk is full.`;
    default:
      return undefined;
  }
}

/**
 * Writes a command's output as the app's main process does: atomically (a temporary file in the
 * same folder, flushed, then renamed over the target) and, for a new file, readable only by the
 * user (0600), since drafts and event notes hold safeguarding details. A failed write leaves no
 * temporary file and throws an error whose message is one sentence naming the file.
 */
export async function writeOutputFile(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await atomicWriteFile(path, bytes);
  } catch (error) {
    const sentence = writeFailure(path, errorCode(error instanceof Error ? error.cause : undefined));
    if (sentence === undefined) throw error;
    throw new Error(sentence, { cause: error });
  }
}
