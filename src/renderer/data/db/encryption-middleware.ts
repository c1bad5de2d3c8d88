import type { DBCore, DBCoreCursor, DBCoreTableSchema, Middleware } from 'dexie';
import type { RecordCipher } from '../../../core/crypto/record-cipher';

// Case data is stored encrypted: each record keeps only its primary key and indexed fields (ids,
// foreign keys, orders, dates, sort keys — nothing identifying) in the clear, and everything else
// sealed in one field. It sits at the bottom of the stack, so every read and write, by any code
// path, goes through it. Records written before encryption was turned on (no sealed field) are
// read as they are until they are rewritten (see encryptExistingRecords).

export const sealedField = '__sealed';

export class DatabaseLockedError extends Error {
  constructor() {
    super('CSPR Desk is locked: unlock it with your passphrase to go on.');
    this.name = 'DatabaseLockedError';
  }
}

type KeyPath = string | readonly string[] | null | undefined;

/** The fields kept in the clear: those the primary key and the indexes are made of. */
export function clearFields(keyPaths: readonly KeyPath[]): ReadonlySet<string> {
  const fields = new Set<string>();
  for (const keyPath of keyPaths) {
    const paths = keyPath === null || keyPath === undefined ? [] : typeof keyPath === 'string' ? [keyPath] : keyPath;
    for (const path of paths) fields.add(path.split('.')[0]!);
  }
  return fields;
}

const clearFieldsOf = (schema: DBCoreTableSchema) => clearFields([schema.primaryKey, ...schema.indexes].map((index) => index.keyPath));

/**
 * The text that is sealed: the secret fields as JSON. A field already serialised (the report body
 * at autosave) is put in as it is: neither escaped as a string now nor parsed twice when read.
 */
export function sealedText(secret: Record<string, unknown>, alreadyJson: Readonly<Record<string, string>> = {}): string {
  return `{${Object.entries(secret)
    .filter(([field, value]) => value !== undefined || alreadyJson[field] !== undefined)
    .map(([field, value]) => `${JSON.stringify(field)}:${alreadyJson[field] ?? JSON.stringify(value)}`)
    .join(',')}}`;
}

/** A record split into what stays in the clear and what is sealed: the one place that decides it. */
export function splitForSealing(value: object, clear: ReadonlySet<string>): { kept: Record<string, unknown>; secret: Record<string, unknown> } {
  const kept: Record<string, unknown> = {};
  const secret: Record<string, unknown> = {};
  for (const [field, item] of Object.entries(value)) (clear.has(field) ? kept : secret)[field] = item;
  return { kept, secret };
}

export function encryptionMiddleware(cipher: () => RecordCipher | null, plainTables: ReadonlySet<string>): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'encryption',
    level: -1,
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        if (plainTables.has(tableName)) return table;
        const clear = clearFieldsOf(table.schema);
        const current = () => {
          const active = cipher();
          if (!active) throw new DatabaseLockedError();
          return active;
        };
        const seal = (value: unknown): unknown => {
          if (typeof value !== 'object' || value === null) return value;
          // Sealed already (off the page's thread, see seal-off-thread): nothing secret left in the clear.
          if (sealedField in value && Object.keys(value).every((field) => field === sealedField || clear.has(field))) return value;
          const { kept, secret } = splitForSealing(value, clear);
          kept[sealedField] = current().seal(sealedText(secret));
          return kept;
        };
        const open = (value: unknown): unknown => {
          if (typeof value !== 'object' || value === null || !(sealedField in value)) return value;
          const { [sealedField]: sealed, ...kept } = value as Record<string, unknown>;
          return { ...kept, ...(JSON.parse(current().open(sealed as Uint8Array)) as Record<string, unknown>) };
        };
        // A cursor is a native IDBCursor with Dexie's methods added: wrapped by delegation (its
        // getters refuse any other receiver), with each record opened once however often it is read.
        const openCursor = (cursor: DBCoreCursor): DBCoreCursor => {
          let raw: unknown = undefined;
          let opened: unknown = undefined;
          const wrapper: DBCoreCursor = {
            get trans() {
              return cursor.trans;
            },
            get key() {
              return cursor.key;
            },
            get primaryKey() {
              return cursor.primaryKey;
            },
            get value() {
              const value: unknown = cursor.value;
              if (value !== raw) {
                raw = value;
                opened = open(value);
              }
              return opened;
            },
            get done() {
              return cursor.done;
            },
            continue: (key) => cursor.continue(key),
            continuePrimaryKey: (key, primaryKey) => cursor.continuePrimaryKey(key, primaryKey),
            advance: (count) => cursor.advance(count),
            start: (onNext) => cursor.start(onNext),
            stop: (value) => cursor.stop(value),
            next: () => cursor.next().then((next) => (next === cursor ? wrapper : next && openCursor(next))),
            fail: (error) => cursor.fail(error),
          };
          return wrapper;
        };
        return {
          ...table,
          // Sealed in the same tick as the write: an IndexedDB transaction does not outlive an await.
          mutate: (request) => {
            if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
            let values: unknown[];
            try {
              values = request.values.map(seal);
            } catch (error) {
              return Promise.reject(error);
            }
            return table.mutate({ ...request, values });
          },
          get: (request) => table.get(request).then(open),
          getMany: (request) => table.getMany(request).then((values) => values.map(open)),
          query: (request) => table.query(request).then((response) => (request.values ? { ...response, result: response.result.map(open) } : response)),
          openCursor: (request) => table.openCursor(request).then((cursor) => (cursor && request.values !== false ? openCursor(cursor) : cursor)),
        };
      },
    }),
  };
}
