import { join } from 'node:path';
import { app } from 'electron';
import type { BackupEntry, IpcResult, ReadBackupRequest, ReadBackupResponse, WriteBackupRequest } from '../../preload/ipc-contract';
import { BackupStore } from '../backups/backup-store';

// Automatic backups live beside the app's own data: <userData>/backups/<caseId>/. The folder is
// looked up at each call (userData is only final once the app is ready). Failures throw with a
// plain-English message, which the IPC gate turns into an error result: main never crashes on a
// full disk or a read-only folder.

export function backupsFolder(): string {
  return join(app.getPath('userData'), 'backups');
}

const store = new BackupStore({ root: backupsFolder });

export async function handleWriteBackup(request: WriteBackupRequest): Promise<IpcResult<BackupEntry>> {
  return { ok: true, data: await store.write(request.caseId, request.contents) };
}

export async function handleListBackups(): Promise<IpcResult<BackupEntry[]>> {
  return { ok: true, data: await store.list() };
}

export async function handleReadBackup(request: ReadBackupRequest): Promise<IpcResult<ReadBackupResponse>> {
  return { ok: true, data: { contents: await store.read(request.caseId, request.fileName) } };
}
