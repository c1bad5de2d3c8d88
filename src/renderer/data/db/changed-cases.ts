import type { DBCore, Middleware } from 'dexie';

// Which cases were written to since the last time someone asked: automatic backups check only
// those, instead of collecting (and so decrypting) every case every few minutes.

/** Not case data: writes to these never make a case need a backup. */
const notCaseData = new Set(['meta', 'columnMappings']);

export class ChangedCases {
  /** Nothing is known at start (or after a delete by key): every case is checked once. */
  private all = true;
  private ids = new Set<string>();

  /** The cases changed since the last call, or 'all' when any case might have changed. */
  take(): ReadonlySet<string> | 'all' {
    const changed = this.all ? 'all' : this.ids;
    this.all = false;
    this.ids = new Set();
    return changed;
  }

  /** Cases a backup pass could not finish: they are checked again at the next one. */
  giveBack(changed: Iterable<string> | 'all'): void {
    if (changed === 'all') this.all = true;
    else for (const id of changed) this.ids.add(id);
  }

  middleware(): Middleware<DBCore> {
    return {
      stack: 'dbcore',
      name: 'changed-cases',
      create: (down) => ({
        ...down,
        table: (tableName) => {
          const table = down.table(tableName);
          if (notCaseData.has(tableName)) return table;
          return {
            ...table,
            mutate: (request) => {
              if (request.type === 'add' || request.type === 'put') {
                for (const value of request.values as Record<string, unknown>[]) {
                  const caseId = tableName === 'cases' ? value.id : value.caseId;
                  if (typeof caseId === 'string') this.ids.add(caseId);
                  else this.all = true;
                }
              } else {
                // A delete names keys, not cases.
                this.all = true;
              }
              return table.mutate(request);
            },
          };
        },
      }),
    };
  }
}
