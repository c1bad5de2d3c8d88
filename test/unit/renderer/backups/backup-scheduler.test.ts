import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readCaseFile } from '../../../../src/core/case-file/read-case-file';
import { openWithDataKey } from '../../../../src/core/crypto/open-vault-case-file';
import { decryptVaultCaseFile } from '../../../../src/core/crypto/vault-case-file';
import { createVault } from '../../../../src/core/crypto/vault-key';
import { validateWriteBackupRequest } from '../../../../src/main/ipc/validate-ipc-requests';
import type { BackupEntry } from '../../../../src/preload/ipc-contract';
import { BackupDigests, backupCaseKey } from '../../../../src/renderer/data/backup-digests';
import { BackupScheduler, type BackupStatus } from '../../../../src/renderer/backups/backup-scheduler';
import { backupWarning } from '../../../../src/renderer/backups/backup-warning';
import { createCase, deleteCase, updateCaseDetails } from '../../../../src/renderer/data/case-repository';
import { CsprDatabase } from '../../../../src/renderer/data/db/cspr-database';
import { openDatabase } from '../../../../src/renderer/data/db/open-database';
import { uniqueDatabaseName } from '../../support/case-records';

const passphrase = 'larch grove kettle';
// Few iterations for speed where only the data key matters; one test opens with the real strength.
const session = await createVault(passphrase, 1000);

/** A Storage in memory, as localStorage behaves. */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key = (index: number) => [...this.items.keys()][index] ?? null;
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
  keys = () => [...this.items.keys()];
}

/** The port as main provides it, in memory; `failWith` makes every write fail like a full disk. */
class FakePort {
  written: { caseId: string; contents: string }[] = [];
  failWith: string | null = null;
  write = vi.fn(async (caseId: string, contents: string): Promise<BackupEntry> => {
    if (this.failWith !== null) throw new Error(this.failWith);
    this.written.push({ caseId, contents });
    return { caseId, fileName: `${this.written.length}.cspr.json`, createdAt: new Date().toISOString(), bytes: contents.length };
  });
}

const details = {
  reviewName: 'Child K',
  partnership: 'Kingsmere Safeguarding Children Partnership',
  reviewers: ['Reviewer One'],
  status: 'rapid-review' as const,
  dates: { incidentNotified: '2024-04-22', reviewCommissioned: null, publication: null },
};

let db: CsprDatabase;
let port: FakePort;
let storage: MemoryStorage;
let statuses: BackupStatus[];
let locked: boolean;

beforeEach(async () => {
  db = (await openDatabase(new CsprDatabase(uniqueDatabaseName('backups')))).db;
  port = new FakePort();
  storage = new MemoryStorage();
  statuses = [];
  locked = false;
});
afterEach(() => db.close());

function scheduler(options: Partial<ConstructorParameters<typeof BackupScheduler>[0]> = {}) {
  return new BackupScheduler({
    db,
    port,
    sessionKey: () => (locked ? null : { dataKey: session.dataKey, vault: session.record }),
    digests: new BackupDigests(storage),
    onStatus: (status) => statuses.push(status),
    ...options,
  });
}

describe('automatic backups', () => {
  it('writes each case once per change, encrypted, and not again while nothing changes', async () => {
    const first = await createCase(db, details);
    const second = await createCase(db, { ...details, reviewName: 'Child Q' });
    const backups = scheduler();

    const pass = await backups.run();
    expect(pass.written.sort()).toEqual([first.id, second.id].sort());
    expect(port.write).toHaveBeenCalledTimes(2);
    expect(statuses.at(-1)).toEqual({ kind: 'ok', written: 2 });

    // Nothing changed: nothing written, however often it runs.
    await backups.run();
    await backups.run();
    expect(port.write).toHaveBeenCalledTimes(2);
    expect(statuses.at(-1)).toEqual({ kind: 'ok', written: 0 });

    // One case changes: only that one is written again.
    await updateCaseDetails(db, first.id, { ...details, status: 'scoping' });
    const third = await backups.run();
    expect(third.written).toEqual([first.id]);
    expect(third.unchanged).toEqual([second.id]);
    expect(port.written.at(-1)?.caseId).toBe(first.id);
  });

  it('writes a version 2 encrypted case file that opens with the passphrase alone and holds the case', async () => {
    const strong = await createVault(passphrase);
    const record = await createCase(db, details);
    await scheduler({ sessionKey: () => ({ dataKey: strong.dataKey, vault: strong.record }) }).run();
    const { caseId, contents } = port.written[0]!;
    expect(caseId).toBe(record.id);
    expect(contents).not.toContain('Kingsmere');
    expect(JSON.parse(contents)).toMatchObject({ format: 'cspr-desk/encrypted-case', version: 2 });
    // What main's IPC gate accepts (it writes nothing but encrypted case files into the backups folder).
    expect(validateWriteBackupRequest({ caseId, contents })).toEqual({ ok: true, value: { caseId, contents } });
    const opened = await decryptVaultCaseFile(JSON.parse(contents) as Record<string, unknown>, passphrase);
    expect(opened.ok).toBe(true);
    const file = opened.ok ? readCaseFile(opened.text) : null;
    expect(file?.ok && file.file.case).toMatchObject({ id: record.id, reviewName: 'Child K' });
  });

  it('remembers what was backed up across restarts (localStorage), per case', async () => {
    const record = await createCase(db, details);
    await scheduler().run();
    expect(storage.keys()).toEqual([`cspr-desk:backup-digest:${record.id}`]);
    expect(storage.getItem(`cspr-desk:backup-digest:${record.id}`)).toMatch(/^[0-9a-f]{64}$/);
    // A new scheduler, as after a restart: nothing changed, nothing written.
    await scheduler().run();
    expect(port.write).toHaveBeenCalledTimes(1);
    // Deleted cases are forgotten.
    await deleteCase(db, record.id);
    await scheduler().run();
    expect(storage.keys()).toEqual([]);
  });

  it('warns when backups cannot be written, keeps trying, and clears the warning on success', async () => {
    const first = await createCase(db, details);
    await createCase(db, { ...details, reviewName: 'Child Q' });
    const backups = scheduler();
    port.failWith = 'The disk is full: /home/reviewer/.config/CSPR Desk/backups/x could not be written. Free some space and try again.';

    const failed = await backups.run();
    expect(failed.failed).toHaveLength(2);
    expect(failed.status.kind).toBe('failed');
    const status = statuses.at(-1);
    expect(status?.kind === 'failed' && backupWarning(status.message)).toBe(
      'Backups could not be written: the disk is full. Your work is still saved in CSPR Desk; free some space or export a case file.',
    );
    // The database is untouched and still works.
    await updateCaseDetails(db, first.id, { ...details, status: 'scoping' });

    // The next pass retries the cases that failed; success clears the warning.
    port.failWith = null;
    const recovered = await backups.run();
    expect(recovered.written).toHaveLength(2);
    expect(statuses.at(-1)).toEqual({ kind: 'ok', written: 2 });
    await backups.run();
    expect(port.write).toHaveBeenCalledTimes(4);
  });

  it('does nothing while locked', async () => {
    await createCase(db, details);
    locked = true;
    expect((await scheduler().run()).status).toEqual({ kind: 'locked' });
    expect(port.write).not.toHaveBeenCalled();
  });

  it('files a case with an unusual id under a safe name', async () => {
    const odd = 'imported/case id: ä';
    await db.cases.add({ ...(await createCase(db, details)), id: odd });
    await scheduler().run();
    const key = await backupCaseKey(odd);
    expect(key).toMatch(/^x-[0-9a-f]{40}$/);
    expect(port.written.map((entry) => entry.caseId)).toContain(key);
    expect(await backupCaseKey('5f0c7a2e-1b2c-4d3e-8f90-a1b2c3d4e5f6')).toBe('5f0c7a2e-1b2c-4d3e-8f90-a1b2c3d4e5f6');
  });

  it('never runs two passes at once: a pass asked for meanwhile follows, shared by all who asked', async () => {
    await createCase(db, details);
    let release: () => void = () => undefined;
    port.write.mockImplementationOnce(async (caseId, contents) => {
      await new Promise<void>((resolve) => (release = resolve));
      port.written.push({ caseId, contents });
      return { caseId, fileName: 'x.cspr.json', createdAt: new Date().toISOString(), bytes: contents.length };
    });
    const backups = scheduler();
    const first = backups.run();
    await vi.waitFor(() => expect(port.write).toHaveBeenCalledTimes(1));
    const second = backups.run();
    const third = backups.run();
    expect(second).toBe(third);
    release();
    await first;
    await second;
    // The follow-up pass found nothing new to write.
    expect(port.write).toHaveBeenCalledTimes(1);
  });

  it('before quitting: writes pending typing first, then backs up what it changed', async () => {
    const record = await createCase(db, details);
    const backups = scheduler({
      flushPendingSaves: async () => {
        await updateCaseDetails(db, record.id, { ...details, reviewName: 'Child K (typed just before quitting)' });
      },
    });
    await backups.run();
    await backups.runBeforeExit();
    expect(port.write).toHaveBeenCalledTimes(2);
    const opened = await openWithDataKey(port.written[1]!.contents, session.dataKey);
    expect(opened.ok && JSON.parse(opened.text).case.reviewName).toBe('Child K (typed just before quitting)');
  });

  it('runs every interval once started, and stops', async () => {
    await createCase(db, details);
    const stop = scheduler().start(10);
    await vi.waitFor(() => expect(port.write).toHaveBeenCalledTimes(1));
    stop();
    const calls = port.write.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(port.write.mock.calls.length).toBe(calls);
  });
});

describe('checking only the cases written to since the last pass', () => {
  it('collects every case at the first pass, then only the case that changed, and nothing when nothing did', async () => {
    const first = await createCase(db, details);
    const second = await createCase(db, { ...details, reviewName: 'Child Q' });
    const collected: string[] = [];
    const { collectCaseFile } = await import('../../../../src/renderer/data/case-file-transfer');
    const backups = scheduler({ changed: db.changedCases, collect: (database, caseId) => (collected.push(caseId), collectCaseFile(database, caseId)) });
    await backups.run();
    expect(collected.sort()).toEqual([first.id, second.id].sort());
    collected.length = 0;
    await updateCaseDetails(db, second.id, { ...details, reviewName: 'Child R' });
    expect((await backups.run()).written).toEqual([second.id]);
    expect(collected).toEqual([second.id]);
    collected.length = 0;
    expect((await backups.run()).written).toEqual([]);
    expect(collected).toEqual([]);
  });

  it('checks a case again at the next pass when its backup failed', async () => {
    const record = await createCase(db, details);
    const backups = scheduler({ changed: db.changedCases });
    port.failWith = 'ENOSPC: no space left on device';
    expect((await backups.run()).failed.map((item) => item.caseId)).toEqual([record.id]);
    port.failWith = null;
    expect((await backups.run()).written).toEqual([record.id]);
  });
});
