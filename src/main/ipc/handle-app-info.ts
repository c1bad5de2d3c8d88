import { app } from 'electron';
import type { AppInfo, IpcResult } from '../../preload/ipc-contract';

export async function handleAppInfo(): Promise<IpcResult<AppInfo>> {
  return { ok: true, data: { version: app.getVersion(), platform: process.platform } };
}
