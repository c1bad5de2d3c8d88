import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { describeFileError } from './describe-file-error';

// Replacing a file in place (truncate, then write) leaves a half-written report if the
// machine loses power or the disk fills up midway. Instead: write a temporary file in the
// same folder (same disk, so the rename is atomic), flush it to the disk, then rename it over
// the target. At every instant the target is either the old good file or the new good file.

// New files are private to the reviewer's account: they hold safeguarding data. A replaced
// file keeps its existing permissions. (Windows ignores these bits.)
const newFileMode = 0o600;

function temporaryPathFor(targetPath: string): string {
  // Hidden, unique, and short enough that a long target name cannot push it past NAME_MAX.
  const name = basename(targetPath).slice(0, 100);
  return join(dirname(targetPath), `.${name}.${randomBytes(6).toString('hex')}.tmp`);
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

// On Windows, an antivirus or indexer briefly holding the target makes rename fail with
// EPERM/EBUSY/EACCES; a few short retries get past it.
const transientRenameCodes = new Set(['EPERM', 'EBUSY', 'EACCES']);
const renameAttempts = process.platform === 'win32' ? 5 : 1;

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      if (attempt >= renameAttempts || !transientRenameCodes.has(errorCode(error) ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

async function existingMode(targetPath: string): Promise<number | undefined> {
  try {
    return (await stat(targetPath)).mode & 0o777;
  } catch {
    return undefined;
  }
}

/** Makes the rename itself durable (POSIX). Best effort: Windows cannot open folders this way. */
async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported here; the data itself is already on disk.
  }
}

/**
 * Writes `data` (text as UTF-8, bytes as they are) to `targetPath` atomically. On failure the
 * temporary file is removed, the target is untouched, and the error's message says what went
 * wrong in plain words (the original error is its `cause`).
 */
export async function atomicWriteFile(targetPath: string, data: string | Uint8Array): Promise<void> {
  const tempPath = temporaryPathFor(targetPath);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    const mode = (await existingMode(targetPath)) ?? newFileMode;
    handle = await open(tempPath, 'wx', mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetry(tempPath, targetPath);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(tempPath, { force: true }).catch(() => undefined);
    throw new Error(describeFileError(error, targetPath), { cause: error });
  }
  await syncDirectory(dirname(targetPath));
}

/**
 * The synchronous twin, for the moment the app is closing: an asynchronous write started then
 * may never finish before the process exits. Same guarantees as `atomicWriteFile`.
 */
export function atomicWriteFileSync(targetPath: string, data: string | Uint8Array): void {
  const tempPath = temporaryPathFor(targetPath);
  let fd: number | undefined;
  try {
    let mode = newFileMode;
    try {
      mode = statSync(targetPath).mode & 0o777;
    } catch {
      // No existing file: a new private one.
    }
    fd = openSync(tempPath, 'wx', mode);
    writeFileSync(fd, data);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tempPath, targetPath);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Already failing; the original error is the one to report.
      }
    }
    rmSync(tempPath, { force: true });
    throw new Error(describeFileError(error, targetPath), { cause: error });
  }
}
