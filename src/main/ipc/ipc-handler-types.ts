import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import type { IpcChannel, IpcContract, IpcResult } from '../../preload/ipc-contract';
import type { Validation } from './validate-ipc-requests';

export interface IpcHandlerContext {
  event: IpcMainInvokeEvent;
  /** The window that asked, so dialogs open as its sheets; null if it is already gone. */
  window: BrowserWindow | null;
}

export type IpcRequest<C extends IpcChannel> = IpcContract[C]['request'];
export type IpcResponse<C extends IpcChannel> = IpcContract[C]['response'];

export interface ChannelHandler<C extends IpcChannel> {
  /** Checks the untrusted argument the renderer sent. */
  validate(value: unknown): Validation<IpcRequest<C>>;
  /** Runs only on a validated request from a trusted sender. May throw: the caller catches. */
  handle(request: IpcRequest<C>, context: IpcHandlerContext): Promise<IpcResult<IpcResponse<C>>>;
}

/** One handler per channel of the contract: leaving one out does not compile. */
export type IpcHandlerMap = { [C in IpcChannel]: ChannelHandler<C> };
