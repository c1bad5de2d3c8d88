import { BrowserWindow, ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { ipcChannels } from '../../preload/ipc-contract';
import type { IpcChannel, IpcResult } from '../../preload/ipc-contract';
import { isTrustedSender } from '../security/is-trusted-sender';
import { handleAppInfo } from './handle-app-info';
import { handleListBackups, handleReadBackup, handleWriteBackup } from './handle-backups';
import { handleOpenTextFile } from './handle-open-text-file';
import { handleSaveFile } from './handle-save-file';
import type { ChannelHandler, IpcHandlerMap, IpcResponse } from './ipc-handler-types';
import {
  validateAppInfoRequest,
  validateListBackupsRequest,
  validateOpenTextFileRequest,
  validateReadBackupRequest,
  validateSaveFileRequest,
  validateWriteBackupRequest,
} from './validate-ipc-requests';

export const ipcHandlers: IpcHandlerMap = {
  'file:save': { validate: validateSaveFileRequest, handle: handleSaveFile },
  'file:open-text': { validate: validateOpenTextFileRequest, handle: handleOpenTextFile },
  'app:info': { validate: validateAppInfoRequest, handle: handleAppInfo },
  'backup:write': { validate: validateWriteBackupRequest, handle: handleWriteBackup },
  'backup:list': { validate: validateListBackupsRequest, handle: handleListBackups },
  'backup:read': { validate: validateReadBackupRequest, handle: handleReadBackup },
};

// Registration walks `ipcChannels`: a contract channel missing from that list would never get
// a handler, and the renderer's call would fail at run time. Make it fail to compile instead.
type UnlistedChannel = Exclude<IpcChannel, (typeof ipcChannels)[number]>;
const everyChannelListed: [UnlistedChannel] extends [never] ? true : never = true;
void everyChannelListed;

export interface RegisterIpcHandlersOptions {
  devServerUrl?: string | undefined;
  handlers?: IpcHandlerMap;
}

function windowOf(event: IpcMainInvokeEvent): BrowserWindow | null {
  try {
    return BrowserWindow.fromWebContents(event.sender);
  } catch {
    return null;
  }
}

/**
 * Runs one request through the gate every channel shares: trusted sender, exactly one valid
 * argument, then the handler. It never throws: an exception crossing IPC would reach the
 * renderer as an opaque rejection, and its message could carry internal details.
 */
async function dispatch<C extends IpcChannel>(
  channel: C,
  handler: ChannelHandler<C>,
  event: IpcMainInvokeEvent,
  args: unknown[],
  devServerUrl: string | undefined,
): Promise<IpcResult<IpcResponse<C>>> {
  if (!isTrustedSender(event, devServerUrl)) {
    console.warn(`CSPR Desk refused a ${channel} request from a page that is not the app.`);
    return { ok: false, message: 'Refused: this request did not come from CSPR Desk itself.' };
  }
  if (args.length > 1) return { ok: false, message: `Invalid ${channel} request: expected one argument` };
  const validation = handler.validate(args[0]);
  if (!validation.ok) return { ok: false, message: `Invalid ${channel} request: ${validation.message}` };
  try {
    return await handler.handle(validation.value, { event, window: windowOf(event) });
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function registerChannel<C extends IpcChannel>(channel: C, handler: ChannelHandler<C>, devServerUrl: string | undefined): void {
  ipcMain.handle(channel, (event, ...args: unknown[]) => dispatch(channel, handler, event, args, devServerUrl));
}

/** One `ipcMain.handle` per channel in the contract. Call once, after `ready`. */
export function registerIpcHandlers(options: RegisterIpcHandlersOptions = {}): void {
  const handlers = options.handlers ?? ipcHandlers;
  for (const channel of ipcChannels) registerChannel(channel, handlers[channel], options.devServerUrl);
}
