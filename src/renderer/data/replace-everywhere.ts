import type { AnonymisationChecker } from '../../core/anonymise/anonymisation-checker';
import { chronologyTextFields } from '../../core/anonymise/case-texts';
import type { Finding } from '../../core/anonymise/finding';
import type { Table } from 'dexie';
import type { CsprDatabase } from './db/cspr-database';
import { logDecision } from './anonymisation-repository';

const sameIdentifier = (finding: Finding, target: Pick<Finding, 'identifierId' | 'text'>) =>
  target.identifierId ? finding.identifierId === target.identifierId : finding.text.toLowerCase() === target.text.toLowerCase();

/** The text with every finding of the identifier replaced, and how many there were. */
export function replaceInText(
  checker: AnonymisationChecker,
  text: string,
  target: Pick<Finding, 'identifierId' | 'text'>,
  replacement: string,
): { text: string; count: number } {
  const findings = checker.check(text).filter((finding) => sameIdentifier(finding, target));
  let result = text;
  for (const finding of [...findings].reverse()) result = result.slice(0, finding.start) + replacement + result.slice(finding.end);
  return { text: result, count: findings.length };
}

type TextFields<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

/** Replaces in the named text fields of every record of a case in one table; how many it replaced. */
async function replaceInCaseRecords<T extends { caseId: string }>(
  table: Table<T, string>,
  caseId: string,
  fields: readonly TextFields<T>[],
  replace: (text: string) => { text: string; count: number },
): Promise<number> {
  let count = 0;
  await table
    .where('caseId')
    .equals(caseId)
    .modify((record) => {
      for (const field of fields) {
        const replaced = replace(record[field] as string);
        count += replaced.count;
        (record as Record<TextFields<T>, string>)[field] = replaced.text;
      }
    });
  return count;
}

/**
 * Replaces an identifier in the case's recommendations, agencies' names, chronology and episodes
 * (the report itself is changed in the editor, so undo works there); logs the whole replacement
 * as one decision.
 */
export function replaceOutsideReport(
  db: CsprDatabase,
  caseId: string,
  checker: AnonymisationChecker,
  target: Pick<Finding, 'identifierId' | 'text'>,
  replacement: string,
  inReport: number,
): Promise<number> {
  const replace = (text: string) => replaceInText(checker, text, target, replacement);
  return db.transaction('rw', [db.recommendations, db.agencies, db.chronologyEntries, db.episodes, db.anonymisationLog], async () => {
    const count =
      (await replaceInCaseRecords(db.recommendations, caseId, ['text'], replace)) +
      (await replaceInCaseRecords(
        db.chronologyEntries,
        caseId,
        chronologyTextFields.map(([field]) => field),
        replace,
      )) +
      (await replaceInCaseRecords(db.agencies, caseId, ['name'], replace)) +
      (await replaceInCaseRecords(db.episodes, caseId, ['title'], replace));
    await logDecision(db, caseId, 'replaced-everywhere', { text: target.text, replacement, count: count + inReport });
    return count;
  });
}
