import { AnonymisationChecker } from '../anonymise/anonymisation-checker';
import { findingContext, ignoredKey } from '../anonymise/anonymisation-records';
import { caseTexts } from '../anonymise/case-texts';
import type { Finding } from '../anonymise/finding';
import type { CaseFile } from '../case-file/case-file-format';
import { nodeText, type ReportNode } from '../report/report-document';
import { reportFileName } from './build-report-docx';

export interface UnresolvedFinding extends Finding {
  /** Where it is: "2. Overview of what happened", "Recommendation 1" … */
  where: string;
}

function blocks(node: ReportNode): ReportNode[] {
  if (['bulletList', 'orderedList', 'listItem', 'blockquote', 'table', 'tableRow', 'tableCell', 'tableHeader'].includes(node.type)) return (node.content ?? []).flatMap(blocks);
  return [node];
}

/**
 * The findings that stop a publication export: every high or medium finding in the report, its
 * title page, recommendations and chronology that the reviewer has not left with a reason.
 */
export function unresolvedFindings(file: CaseFile, options: { chronology?: boolean } = {}): UnresolvedFinding[] {
  const { identifiers, allowed, ignored } = file.anonymisation;
  const checker = new AnonymisationChecker({ identifiers, allow: allowed.map((item) => item.phrase) });
  const left = new Set(ignored.map((item) => ignoredKey(item.text, item.context)));
  const texts: { where: string; text: string }[] = [];
  for (const section of file.report?.content.content ?? []) {
    texts.push({ where: section.attrs.title, text: section.attrs.title });
    for (const block of section.content.flatMap(blocks)) texts.push({ where: section.attrs.title, text: nodeText(block) });
  }
  // The chronology only when it goes out as an appendix.
  const entries = options.chronology ? file.chronology.entries.map((entry) => ({ ...entry, caseId: file.case.id, sortKey: '' })) : [];
  for (const item of caseTexts(file.report?.titlePage ?? null, file.recommendations.map((rec) => ({ ...rec, caseId: file.case.id })), entries)) texts.push({ where: item.label, text: item.text });
  texts.push({ where: 'Title page, reviewers', text: (file.report?.titlePage.reviewers ?? []).join(', ') });
  // The document's own title and file name are published too.
  texts.push({ where: 'Document title and file name', text: `${file.report?.titlePage.reviewName ?? file.case.reviewName}\n${reportFileName(file, 'publication').replace(/-/g, ' ')}` });
  return texts.flatMap(({ where, text }) =>
    checker
      .check(text)
      .filter((finding) => finding.severity !== 'low' && !left.has(ignoredKey(finding.text, findingContext(text, finding.start, finding.end))))
      .map((finding) => ({ ...finding, where })),
  );
}
