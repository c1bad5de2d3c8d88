// A set of tasks run together at a moment that matters (locking, closing, backing up): whoever
// holds work registers it, and unregisters when gone. One failing task never stops the others.

export type Task = () => Promise<unknown>;

export interface TaskRegistry {
  register(task: Task): () => void;
  runAll(): Promise<void>;
}

export function createTaskRegistry(): TaskRegistry {
  const tasks = new Set<Task>();
  return {
    register(task) {
      tasks.add(task);
      return () => tasks.delete(task);
    },
    async runAll() {
      await Promise.allSettled([...tasks].map((task) => task()));
    },
  };
}
