import { lstat, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupEntry } from '../../preload/ipc-contract';
import { atomicWriteFile } from '../files/atomic-write-file';
import { describeFileError } from '../files/describe-file-error';
import { readTextFileWithLimit } from '../files/read-text-file-with-limit';
import { MAX_BACKUP_BYTES, backupFileName, isBackupCaseId, parseBackupFileName } from './backup-names';
import { backupsToDelete, defaultRetention, type RetentionPolicy } from './backup-retention';

// Automatic backups on disk: <root>/<caseId>/<UTC timestamp>.cspr.json, each written atomically
// (temporary file, then rename), so a crash or a full disk mid-write never leaves a broken file
// where a good one was. After each write the case's folder is pruned by the retention rule.

/** A temporary file this old is left over from a crash mid-write, never a write in progress. */
const staleTemporaryMs = 60 * 60 * 1000;

export interface BackupStoreOptions {
  /** The backups folder, or how to find it (asked at every call, so it can follow `app.getPath`). */
  root: string | (() => string);
  now?: () => Date;
  /** How a file is written; atomic by default. Injected by tests to simulate a failing disk. */
  writeFile?: (path: string, contents: string) => Promise<void>;
  retention?: RetentionPolicy;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

function checkCaseId(caseId: string): void {
  if (!isBackupCaseId(caseId)) throw new Error('A backup’s case id must be letters, digits and hyphens (at most 64).');
}

function checkFileName(fileName: string): Date {
  const createdAt = parseBackupFileName(fileName);
  if (createdAt === null) throw new Error('That is not the name of an automatic backup.');
  return createdAt;
}

export class BackupStore {
  private readonly rootOf: () => string;
  private readonly now: () => Date;
  private readonly writeFile: (path: string, contents: string) => Promise<void>;
  private readonly retention: RetentionPolicy;

  constructor(options: BackupStoreOptions) {
    const { root } = options;
    this.rootOf = typeof root === 'string' ? () => root : root;
    this.now = options.now ?? (() => new Date());
    this.writeFile = options.writeFile ?? atomicWriteFile;
    this.retention = options.retention ?? defaultRetention;
  }

  /** Writes a new backup of the case, then prunes its older ones. Errors are plain English. */
  async write(caseId: string, contents: string): Promise<BackupEntry> {
    checkCaseId(caseId);
    const folder = join(this.rootOf(), caseId);
    try {
      // Private to the reviewer's account, like every file the app writes (Windows ignores this).
      await mkdir(folder, { recursive: true, mode: 0o700 });
    } catch (error) {
      throw new Error(describeFileError(error, folder), { cause: error });
    }
    const { fileName, createdAt } = await this.freeName(folder, this.now());
    await this.writeFile(join(folder, fileName), contents);
    try {
      await this.prune(folder);
    } catch (error) {
      // The new backup is safely written; too many old ones is no reason to report a failure.
      console.warn(`CSPR Desk could not remove old backups in ${folder}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { caseId, fileName, createdAt: createdAt.toISOString(), bytes: Buffer.byteLength(contents, 'utf8') };
  }

  /** Every backup of every case, newest first. No backups folder yet means none. */
  async list(): Promise<BackupEntry[]> {
    const root = this.rootOf();
    let folders;
    try {
      folders = await readdir(root, { withFileTypes: true });
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw new Error(describeFileError(error, root), { cause: error });
    }
    const entries: BackupEntry[] = [];
    for (const folder of folders) {
      if (!folder.isDirectory() || !isBackupCaseId(folder.name)) continue;
      const caseId = folder.name;
      let names: string[];
      try {
        names = await readdir(join(root, caseId));
      } catch (error) {
        // One unreadable folder should not hide every other case's backups.
        console.warn(`CSPR Desk could not list ${join(root, caseId)}: ${describeFileError(error, join(root, caseId))}`);
        continue;
      }
      for (const fileName of names) {
        const createdAt = parseBackupFileName(fileName);
        if (createdAt === null) continue;
        try {
          const info = await lstat(join(root, caseId, fileName));
          if (info.isFile()) entries.push({ caseId, fileName, createdAt: createdAt.toISOString(), bytes: info.size });
        } catch {
          // Deleted between listing and looking: not there any more.
        }
      }
    }
    return entries.sort((a, b) =>
      a.createdAt < b.createdAt
        ? 1
        : a.createdAt > b.createdAt
          ? -1
          : a.fileName < b.fileName
            ? 1
            : a.fileName > b.fileName
              ? -1
              : a.caseId.localeCompare(b.caseId),
    );
  }

  /** One backup's text. Only an ordinary file, at most MAX_BACKUP_BYTES. */
  async read(caseId: string, fileName: string): Promise<string> {
    checkCaseId(caseId);
    checkFileName(fileName);
    const path = join(this.rootOf(), caseId, fileName);
    try {
      if (!(await lstat(path)).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    } catch (error) {
      throw new Error(describeFileError(error, path), { cause: error });
    }
    return readTextFileWithLimit(path, MAX_BACKUP_BYTES);
  }

  /** The first free name from `createdAt` on, a millisecond later each time one is taken. */
  private async freeName(folder: string, createdAt: Date): Promise<{ fileName: string; createdAt: Date }> {
    for (let offset = 0; offset < 1000; offset += 1) {
      const at = new Date(createdAt.getTime() + offset);
      const fileName = backupFileName(at);
      try {
        await lstat(join(folder, fileName));
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return { fileName, createdAt: at };
        throw new Error(describeFileError(error, join(folder, fileName)), { cause: error });
      }
    }
    throw new Error(`Too many backups written at the same moment in ${folder}.`);
  }

  /** Applies the retention rule to one case's folder, and clears temporary files left by a crash. */
  private async prune(folder: string): Promise<void> {
    const now = this.now();
    const names = await readdir(folder);
    const dated = names.flatMap((fileName) => {
      const createdAt = parseBackupFileName(fileName);
      return createdAt === null ? [] : [{ fileName, createdAt }];
    });
    for (const { fileName } of backupsToDelete(dated, now, this.retention)) await rm(join(folder, fileName), { force: true });
    for (const name of names) {
      if (!(name.startsWith('.') && name.endsWith('.tmp'))) continue;
      const info = await lstat(join(folder, name)).catch(() => null);
      if (info?.isFile() && Date.now() - info.mtimeMs > staleTemporaryMs) await rm(join(folder, name), { force: true });
    }
  }
}
