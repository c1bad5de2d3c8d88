import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { describeFileError } from './describe-file-error';

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Reads a UTF-8 text file, refusing it before reading if it is larger than `maxBytes` (a huge
 * file would freeze the app and could exhaust memory). Text that is not valid UTF-8 is
 * refused rather than silently turned into replacement characters: a corrupted "£" or name in
 * an imported chronology is worse than a clear error.
 */
export async function readTextFileWithLimit(filePath: string, maxBytes: number): Promise<string> {
  const name = basename(filePath);
  const tooLarge = (size: number): Error => new Error(`${name} is too large to open (${megabytes(size)}; the limit is ${megabytes(maxBytes)}).`);

  let contents: Buffer;
  try {
    // stat before open: opening a FIFO or device for reading can block for ever.
    const info = await stat(filePath);
    if (!info.isFile()) throw new Error(`${name} is not an ordinary file.`);
    if (info.size > maxBytes) throw tooLarge(info.size);

    const handle = await open(filePath, 'r');
    try {
      // Checked again on the open file, which is the one actually read.
      const size = (await handle.stat()).size;
      if (size > maxBytes) throw tooLarge(size);
      // One byte of headroom shows whether the file grew after the check.
      const buffer = Buffer.alloc(size + 1);
      let total = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total);
        if (bytesRead === 0) break;
        total += bytesRead;
        if (total === buffer.length) throw new Error(`${name} changed while it was being read. Try again.`);
      }
      contents = buffer.subarray(0, total);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof Error && !('code' in error)) throw error;
    throw new Error(describeFileError(error, filePath), { cause: error });
  }

  try {
    // The default TextDecoder also drops a leading byte-order mark, which Windows editors add.
    return new TextDecoder('utf-8', { fatal: true }).decode(contents);
  } catch {
    throw new Error(`${name} is not UTF-8 text. Save it as UTF-8 (in Excel: "CSV UTF-8") and try again.`);
  }
}
