import { createContext, useContext } from 'react';
import type { CsprDatabase } from './db/cspr-database';

export interface DatabaseState {
  db: CsprDatabase;
  /** Why the data cannot be changed (written by a newer version of the app), or null. */
  readOnlyReason: string | null;
}

export const DatabaseContext = createContext<DatabaseState | null>(null);

export function useDatabase(): DatabaseState {
  const state = useContext(DatabaseContext);
  if (!state) throw new Error('useDatabase must be used inside the DatabaseContext provider.');
  return state;
}
