import { createTaskRegistry } from './task-registry';

// Work that needs the key and must be done before the app locks (a backup of what changed),
// after every pending save is written.

const beforeLock = createTaskRegistry();

export const registerBeforeLock: (task: () => Promise<unknown>) => () => void = beforeLock.register;

/** Runs every task; a failure of one (a full disk) never stops the app from locking. */
export const runBeforeLock: () => Promise<void> = beforeLock.runAll;
