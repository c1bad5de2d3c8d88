import { basename } from 'node:path';
import { dialog } from 'electron';
import type { OpenDialogOptions } from 'electron';
import type { IpcResult, OpenTextFileRequest, OpenTextFileResponse } from '../../preload/ipc-contract';
import { readTextFileWithLimit } from '../files/read-text-file-with-limit';
import type { IpcHandlerContext } from './ipc-handler-types';

/**
 * The reviewer picks the file; the renderer receives its text and bare name, never its path
 * (which would reveal folder names and the account name to page code).
 */
export async function handleOpenTextFile(request: OpenTextFileRequest, { window }: IpcHandlerContext): Promise<IpcResult<OpenTextFileResponse>> {
  const options: OpenDialogOptions = { properties: ['openFile'], filters: request.filters };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const filePath = result.filePaths[0];
  if (result.canceled || filePath === undefined) return { ok: true, data: null };

  const contents = await readTextFileWithLimit(filePath, request.maxBytes);
  return { ok: true, data: { name: basename(filePath), contents } };
}
