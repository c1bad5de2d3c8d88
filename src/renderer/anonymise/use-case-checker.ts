import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { AnonymisationChecker } from '../../core/anonymise/anonymisation-checker';
import { ignoredKey } from '../../core/anonymise/anonymisation-records';
import type { CsprDatabase } from '../db/cspr-database';
import { listAllowed, listIdentifiers } from './anonymisation-repository';

/** The case's checker, rebuilt when its register or allow list changes, and the occurrences left as they are. */
export function useCaseChecker(db: CsprDatabase, caseId: string): { checker: AnonymisationChecker | null; ignored: ReadonlySet<string> } {
  const identifiers = useLiveQuery(() => listIdentifiers(db, caseId), [db, caseId]);
  const allowed = useLiveQuery(() => listAllowed(db, caseId), [db, caseId]);
  const ignoredRows = useLiveQuery(() => db.ignoredFindings.where('caseId').equals(caseId).toArray(), [db, caseId]);
  const checker = useMemo(
    () => (identifiers && allowed ? new AnonymisationChecker({ identifiers, allow: allowed.map((item) => item.phrase) }) : null),
    [identifiers, allowed],
  );
  const ignored = useMemo(() => new Set((ignoredRows ?? []).map((row) => ignoredKey(row.text, row.context))), [ignoredRows]);
  return { checker, ignored };
}
