import type { AnonymisationChecker } from '../../core/anonymise/anonymisation-checker';
import type { CaseTextPlace } from '../../core/anonymise/case-texts';
import type { Finding } from '../../core/anonymise/finding';
import { logDecision } from './anonymisation-repository';
import { caseTextTables, readCaseText, writeCaseText } from './case-text-fields';
import type { CsprDatabase } from './db/cspr-database';
import { replaceInText } from './replace-everywhere';

// "Replace" on a finding outside the report: the identifier is replaced in the one text it was
// found in and the decision logged, in one transaction. The text is read afresh inside the
// transaction, so a change made since the check was run is not overwritten.

/** How many occurrences were replaced (0 when the text has gone or no longer holds the identifier). */
export function replaceInCaseText(
  db: CsprDatabase,
  caseId: string,
  checker: AnonymisationChecker,
  place: CaseTextPlace,
  finding: Pick<Finding, 'identifierId' | 'text' | 'replacement'>,
): Promise<number> {
  return db.transaction('rw', [...caseTextTables(db), db.anonymisationLog], async () => {
    const current = await readCaseText(db, caseId, place);
    if (current === null) return 0;
    const replaced = replaceInText(checker, current, finding, finding.replacement);
    if (replaced.count === 0) return 0;
    await writeCaseText(db, caseId, place, replaced.text);
    await logDecision(db, caseId, 'replaced', { text: finding.text, replacement: finding.replacement, count: replaced.count });
    return replaced.count;
  });
}
