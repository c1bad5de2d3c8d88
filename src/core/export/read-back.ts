import type { AnonymisationChecker } from '../anonymise/anonymisation-checker';
import type { WrittenPart } from '../anonymise/written-file-text';
import type { PublicationFinding } from './publication-check';

// The backstop: the bytes about to be written, read back as another program would read them
// (written-file-text.ts), and checked again for registered values. It should never find anything
// the check did not: if it does, something reached the file without passing the check, and the
// file is not written.

/**
 * Registered values in the written parts that the check did not leave on the reviewer's
 * decision: each one refuses the file. A paragraph whose text is exactly a text the check has
 * just read needs no second reading (the same checker gives the same answer); everything else —
 * paragraphs made of several pieces, headers, footers, properties, anything unexpected — is read.
 */
export function readBackFindings(
  parts: readonly WrittenPart[],
  checker: AnonymisationChecker,
  left: readonly Pick<PublicationFinding, 'text'>[],
  checkedTexts: ReadonlySet<string> = new Set(),
): PublicationFinding[] {
  const accepted = new Set(left.map((finding) => finding.text.toLowerCase()));
  const found = (part: WrittenPart, text: string, index: number): PublicationFinding[] =>
    checker
      .check(text)
      .filter(
        (finding) =>
          (finding.identifierId !== null || finding.candidates !== undefined) && finding.severity !== 'low' && !accepted.has(finding.text.toLowerCase()),
      )
      .map((finding) => ({
        ...finding,
        where: `The written file, ${part.name}${part.name === 'document properties' ? '' : `, paragraph ${index + 1}`} (it did not pass the check)`,
        fields: [],
      }));
  return parts.flatMap((part) => part.paragraphs.flatMap((text, index) => (checkedTexts.has(text) ? [] : found(part, text, index))));
}
