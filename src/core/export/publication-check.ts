import { AnonymisationChecker } from '../anonymise/anonymisation-checker';
import { findingContext, ignoredKey } from '../anonymise/anonymisation-records';
import type { Finding } from '../anonymise/finding';
import type { CaseFileAnonymisation } from '../case-file/case-file-format';
import type { PublishedDocument } from './published-document';
import { publishedTexts } from './published-texts';

// The publication check: every text of the document about to be written, read by the case's
// checker. A high or medium finding the reviewer has not left (with a reason) stops publication.

export interface PublicationFinding extends Finding {
  /** Where it is, for the reviewer: "3. Analysis, paragraph 3.2", "Recommendation 2: agency" … */
  where: string;
  /** The case file fields the text was made of ("recommendations[1].text"). */
  fields: readonly string[];
  /** In the report body: its section's key, and the numbered paragraph it is in or follows ("3.2"). */
  sectionKey?: string;
  paragraph?: string;
}

export interface PublicationCheck {
  unresolved: PublicationFinding[];
  /** Findings the reviewer chose to leave as they are. */
  left: PublicationFinding[];
}

/** The checker of a case: its register, its allow list, and its partnership (whose area is the review's own). */
export function caseChecker(anonymisation: Pick<CaseFileAnonymisation, 'identifiers' | 'allowed'>, partnership = ''): AnonymisationChecker {
  return new AnonymisationChecker({ identifiers: anonymisation.identifiers, allow: anonymisation.allowed.map((item) => item.phrase), partnership });
}

export function checkPublishedDocument(
  document: PublishedDocument,
  anonymisation: CaseFileAnonymisation,
  checker = caseChecker(anonymisation),
): PublicationCheck {
  const ignored = new Set(anonymisation.ignored.map((item) => ignoredKey(item.text, item.context)));
  const result: PublicationCheck = { unresolved: [], left: [] };
  // A text printed more than once from the same field (an episode's title on every row it tags) is reported once.
  const seen = new Set<string>();
  for (const { text, span } of publishedTexts(document)) {
    if (text.trim() === '') continue;
    for (const finding of checker.check(text)) {
      if (finding.severity === 'low') continue;
      const key = JSON.stringify([span.origin.label, span.origin.fields, finding.start, finding.end, text]);
      if (seen.has(key)) continue;
      seen.add(key);
      const { label: where, fields, sectionKey, paragraph } = span.origin;
      const found: PublicationFinding = { ...finding, where, fields, ...(sectionKey && { sectionKey }), ...(paragraph && { paragraph }) };
      (ignored.has(ignoredKey(finding.text, findingContext(text, finding.start, finding.end))) ? result.left : result.unresolved).push(found);
    }
  }
  return result;
}
