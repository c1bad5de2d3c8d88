import type { CsprApi, IpcResult } from '../../preload/ipc-contract';
import type { Platform } from './platform';

function unwrap<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

export function electronPlatform(api: CsprApi): Platform {
  return {
    kind: 'electron',
    saveFile: async (request) => unwrap(await api.saveFile(request)),
    openTextFile: async (request) => unwrap(await api.openTextFile(request)),
    backups: {
      write: async (caseId, contents) => unwrap(await api.writeBackup({ caseId, contents })),
      list: async () => unwrap(await api.listBackups()),
      read: async (caseId, fileName) => unwrap(await api.readBackup({ caseId, fileName })).contents,
      onBeforeExit: (callback) => api.onBackupRequest(callback),
    },
  };
}
