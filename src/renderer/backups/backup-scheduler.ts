import type { CaseFile } from '../../core/case-file/case-file-format';
import { serialiseCaseFile } from '../../core/case-file/write-case-file';
import { encryptWithVaultKey } from '../../core/crypto/vault-case-file';
import type { VaultRecord } from '../../core/crypto/vault-key';
import { collectCaseFile } from '../data/case-file-transfer';
import { getCase, listCaseIds } from '../data/case-repository';
import type { ChangedCases } from '../data/db/changed-cases';
import type { CsprDatabase } from '../data/db/cspr-database';
import type { BackupsPort } from '../platform/platform';
import { BackupDigests, backupCaseKey, sha256Hex } from '../data/backup-digests';

// Automatic backups (Electron): every few minutes, and when the app is about to quit, each case
// whose content changed since its last backup is written as an encrypted case file (version 2:
// opens with the passphrase alone) to the backups folder, through the platform's port. Passes
// never overlap; a failure is reported (the app shows a warning) and retried at the next pass.

export const backupIntervalMs = 3 * 60 * 1000;

export type BackupStatus =
  /** Every case is backed up (this pass wrote what had changed). */
  | { kind: 'ok'; written: number }
  /** At least one case could not be backed up; `message` is the first failure. */
  | { kind: 'failed'; message: string }
  /** Locked: nothing can be read or encrypted, so nothing was tried. */
  | { kind: 'locked' };

export interface BackupPassResult {
  status: BackupStatus;
  written: string[];
  unchanged: string[];
  failed: { caseId: string; message: string }[];
}

export interface BackupSchedulerOptions {
  db: CsprDatabase;
  port: Pick<BackupsPort, 'write'>;
  /** The unlocked database key and its vault record; null while locked (session-key.ts). */
  sessionKey: () => { dataKey: Uint8Array; vault: VaultRecord } | null;
  digests?: BackupDigests;
  onStatus?: (status: BackupStatus) => void;
  /** Writes typing not yet saved, before the pass that runs as the app quits. */
  flushPendingSaves?: () => Promise<void>;
  collect?: (db: CsprDatabase, caseId: string) => Promise<CaseFile>;
  /** Which cases changed since the last pass; without it, every case is checked at every pass. */
  changed?: Pick<ChangedCases, 'take' | 'giveBack'>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * What identifies a case's content: its serialised file without the moment it was collected
 * (`exportedAt` differs at every collection, and would make every case look changed).
 */
export function caseFileDigest(file: CaseFile): Promise<string> {
  return sha256Hex(serialiseCaseFile({ ...file, exportedAt: '' }));
}

export class BackupScheduler {
  private readonly options: BackupSchedulerOptions;
  private readonly digests: BackupDigests;
  private running: Promise<BackupPassResult> | null = null;
  private queued: Promise<BackupPassResult> | null = null;

  constructor(options: BackupSchedulerOptions) {
    this.options = options;
    this.digests = options.digests ?? new BackupDigests();
  }

  /**
   * Runs a pass now. If one is already running, a fresh pass follows it (so what changed in the
   * meantime is included) and every caller waiting meanwhile shares that one.
   */
  run(): Promise<BackupPassResult> {
    if (this.running === null) {
      this.running = this.pass().finally(() => {
        this.running = null;
      });
      return this.running;
    }
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.run();
      });
    return this.queued;
  }

  /** For the moment the app quits or its window closes: pending typing first, then a pass. */
  async runBeforeExit(): Promise<BackupPassResult> {
    await this.options.flushPendingSaves?.().catch(() => undefined);
    return this.run();
  }

  /** Runs a pass every `intervalMs`; returns how to stop. */
  start(intervalMs: number = backupIntervalMs): () => void {
    const timer = setInterval(() => void this.run().catch(() => undefined), intervalMs);
    return () => clearInterval(timer);
  }

  private async pass(): Promise<BackupPassResult> {
    const { db, port, sessionKey, onStatus } = this.options;
    const collect = this.options.collect ?? collectCaseFile;
    const result: BackupPassResult = { status: { kind: 'locked' }, written: [], unchanged: [], failed: [] };
    const key = sessionKey();
    if (key === null) {
      onStatus?.(result.status);
      return result;
    }
    const changed = this.options.changed?.take() ?? 'all';
    let caseIds: string[];
    try {
      caseIds = await listCaseIds(db);
    } catch (error) {
      result.failed.push({ caseId: '', message: `the cases could not be read (${messageOf(error)})` });
      this.options.changed?.giveBack(changed);
      caseIds = [];
    }
    for (const caseId of caseIds) {
      // Not written to since the last pass: its last backup (or its digest) still stands.
      if (changed !== 'all' && !changed.has(caseId)) {
        result.unchanged.push(caseId);
        continue;
      }
      try {
        let file: CaseFile;
        try {
          file = await collect(db, caseId);
        } catch (error) {
          // Deleted since the list was read: nothing to back up.
          if ((await getCase(db, caseId)) === undefined) continue;
          throw error;
        }
        const digest = await caseFileDigest(file);
        if (this.digests.get(caseId) === digest) {
          result.unchanged.push(caseId);
          continue;
        }
        const contents = await encryptWithVaultKey(serialiseCaseFile(file), key.dataKey, key.vault);
        await port.write(await backupCaseKey(caseId), contents);
        this.digests.set(caseId, digest);
        result.written.push(caseId);
      } catch (error) {
        result.failed.push({ caseId, message: messageOf(error) });
        this.options.changed?.giveBack([caseId]);
      }
    }
    if (result.failed.length === 0) this.digests.retainOnly(new Set(caseIds));
    const firstFailure = result.failed[0];
    result.status = firstFailure ? { kind: 'failed', message: firstFailure.message } : { kind: 'ok', written: result.written.length };
    onStatus?.(result.status);
    return result;
  }
}
