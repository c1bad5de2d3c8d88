import type { DBCore, Middleware } from 'dexie';

export class ReadOnlyDatabaseError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ReadOnlyDatabaseError';
  }
}

// A middleware at the bottom of every write, so no code path (however new) can overwrite
// data that a newer version of the app wrote.
export function readOnlyGuard(reason: () => string | null): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'read-only-guard',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (request) => {
            const why = reason();
            return why === null ? table.mutate(request) : Promise.reject(new ReadOnlyDatabaseError(why));
          },
        };
      },
    }),
  };
}
