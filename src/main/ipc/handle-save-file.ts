import { basename, join } from 'node:path';
import { app, dialog } from 'electron';
import type { SaveDialogOptions } from 'electron';
import type { IpcResult, SaveFileRequest, SaveFileResponse } from '../../preload/ipc-contract';
import { atomicWriteFile } from '../files/atomic-write-file';
import type { IpcHandlerContext } from './ipc-handler-types';

/**
 * The reviewer chooses where the file goes; the renderer only suggests a bare name. The file
 * is written atomically, so a failed save never damages an earlier copy.
 */
export async function handleSaveFile(request: SaveFileRequest, { window }: IpcHandlerContext): Promise<IpcResult<SaveFileResponse>> {
  const options: SaveDialogOptions = {
    defaultPath: join(app.getPath('documents'), request.suggestedName),
    filters: request.filters,
    // Linux dialogs do not ask before overwriting unless told to.
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return { ok: true, data: { saved: false } };

  await atomicWriteFile(result.filePath, request.contents);
  return { ok: true, data: { saved: true, fileName: basename(result.filePath) } };
}
