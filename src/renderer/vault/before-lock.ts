// Work that needs the key and must be done before the app locks (a backup of what changed).

type Task = () => Promise<unknown>;
const tasks = new Set<Task>();

export function registerBeforeLock(task: Task): () => void {
  tasks.add(task);
  return () => tasks.delete(task);
}

/** Runs every task; a failure of one (a full disk) never stops the app from locking. */
export async function runBeforeLock(): Promise<void> {
  await Promise.allSettled([...tasks].map((task) => task()));
}
