import type { AnonymisationChecker } from '../../core/anonymise/anonymisation-checker';
import { chronologyTextFields } from '../../core/anonymise/case-texts';
import type { Finding } from '../../core/anonymise/finding';
import type { CsprDatabase } from '../db/cspr-database';
import { logDecision } from './anonymisation-repository';

const sameIdentifier = (finding: Finding, target: Pick<Finding, 'identifierId' | 'text'>) =>
  target.identifierId ? finding.identifierId === target.identifierId : finding.text.toLowerCase() === target.text.toLowerCase();

/** The text with every finding of the identifier replaced, and how many there were. */
export function replaceInText(checker: AnonymisationChecker, text: string, target: Pick<Finding, 'identifierId' | 'text'>, replacement: string): { text: string; count: number } {
  const findings = checker.check(text).filter((finding) => sameIdentifier(finding, target));
  let result = text;
  for (const finding of [...findings].reverse()) result = result.slice(0, finding.start) + replacement + result.slice(finding.end);
  return { text: result, count: findings.length };
}

/**
 * Replaces an identifier in the case's recommendations, agencies' names, chronology and episodes (the report itself is
 * changed in the editor, so undo works there); logs the whole replacement as one decision.
 */
export function replaceOutsideReport(db: CsprDatabase, caseId: string, checker: AnonymisationChecker, target: Pick<Finding, 'identifierId' | 'text'>, replacement: string, inReport: number): Promise<number> {
  return db.transaction('rw', [db.recommendations, db.agencies, db.chronologyEntries, db.episodes, db.anonymisationLog], async () => {
    let count = 0;
    await db.recommendations
      .where('caseId')
      .equals(caseId)
      .modify((recommendation) => {
        const replaced = replaceInText(checker, recommendation.text, target, replacement);
        count += replaced.count;
        recommendation.text = replaced.text;
      });
    await db.chronologyEntries
      .where('caseId')
      .equals(caseId)
      .modify((entry) => {
        for (const [field] of chronologyTextFields) {
          const replaced = replaceInText(checker, entry[field], target, replacement);
          count += replaced.count;
          entry[field] = replaced.text;
        }
      });
    await db.agencies
      .where('caseId')
      .equals(caseId)
      .modify((agency) => {
        const replaced = replaceInText(checker, agency.name, target, replacement);
        count += replaced.count;
        agency.name = replaced.text;
      });
    await db.episodes
      .where('caseId')
      .equals(caseId)
      .modify((episode) => {
        const replaced = replaceInText(checker, episode.title, target, replacement);
        count += replaced.count;
        episode.title = replaced.text;
      });
    await logDecision(db, caseId, 'replaced-everywhere', { text: target.text, replacement, count: count + inReport });
    return count;
  });
}
