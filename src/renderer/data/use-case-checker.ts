import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { AnonymisationChecker } from '../../core/anonymise/anonymisation-checker';
import { ignoredKey, type StoredIdentifier } from '../../core/anonymise/anonymisation-records';
import type { CsprDatabase } from './db/cspr-database';
import { listAllowed, listIdentifiers } from './anonymisation-repository';
import { getCase } from './case-repository';

/**
 * The case's checker, rebuilt only when its register or allow list really changes, and the
 * occurrences left as they are. A live query may answer again with the same rows: keyed on
 * content, so the report is not re-scanned for nothing.
 */
export function useCaseChecker(
  db: CsprDatabase,
  caseId: string,
): { checker: AnonymisationChecker | null; ignored: ReadonlySet<string>; identifiers: readonly StoredIdentifier[] } {
  const identifiers = useLiveQuery(() => listIdentifiers(db, caseId), [db, caseId]);
  const allowed = useLiveQuery(() => listAllowed(db, caseId), [db, caseId]);
  const ignoredRows = useLiveQuery(() => db.ignoredFindings.where('caseId').equals(caseId).toArray(), [db, caseId]);
  // The partnership's area is the review's own: never a finding alone (as in the publication check).
  const partnership = useLiveQuery(async () => (await getCase(db, caseId))?.partnership ?? '', [db, caseId]);
  const registerKey = identifiers && allowed && partnership !== undefined ? JSON.stringify([identifiers, allowed, partnership]) : null;
  const checker = useMemo(() => {
    if (registerKey === null) return null;
    const [rows, phrases, area] = JSON.parse(registerKey) as [NonNullable<typeof identifiers>, NonNullable<typeof allowed>, string];
    return new AnonymisationChecker({ identifiers: rows, allow: phrases.map((item) => item.phrase), partnership: area });
  }, [registerKey]);
  const ignoredList = (ignoredRows ?? [])
    .map((row) => ignoredKey(row.text, row.context))
    .sort()
    .join('\n');
  const ignored = useMemo(() => new Set(ignoredList === '' ? [] : ignoredList.split('\n')), [ignoredList]);
  return { checker, ignored, identifiers: identifiers ?? [] };
}
