import type { CaseFile } from '../case-file/case-file-format';
import { formatLongUkDate } from '../dates/format-uk-date';
import { reportFileName } from './compose-report';
import { cell, fixedOrigin, paragraph, span, type PublishedDocument, type TableCell } from './published-document';

// The recommendations as the partnership monitors them: one row per recommendation and agency,
// with empty columns for the action, its owner, progress and RAG status that it will fill in. The same
// document goes out as Word or as CSV.

export type ActionPlanFormat = 'docx' | 'csv';

export const actionPlanHeaders = ['No.', 'Recommendation', 'Agency', 'Target date', 'Action', 'Owner', 'Progress', 'RAG status'];
/** Relative widths: the number narrow, the recommendation widest, room to write the action and progress in. */
const actionPlanWidths = [4, 27, 12, 9, 17, 10, 14, 7];

function rows(file: CaseFile): TableCell[][] {
  return file.recommendations
    .map((recommendation, index) => ({ recommendation, index }))
    .sort((a, b) => a.recommendation.order - b.recommendation.order)
    .flatMap(({ recommendation, index }, position) => {
      const name = `Action plan, recommendation ${position + 1}`;
      const path = `recommendations[${index}]`;
      const agencies = recommendation.agencyIds.map((id) => file.agencies.findIndex((agency) => agency.id === id)).filter((agencyIndex) => agencyIndex >= 0);
      const agencyCells: TableCell[] =
        agencies.length > 0
          ? agencies.map((agencyIndex) => cell(file.agencies[agencyIndex]!.name, { label: `${name}: agency`, fields: [`agencies[${agencyIndex}].name`] }))
          : [cell('', fixedOrigin(name))];
      return agencyCells.map((agency) => [
        cell(String(position + 1), fixedOrigin(name)),
        cell(recommendation.text, { label: name, fields: [`${path}.text`] }),
        agency,
        cell(recommendation.targetDate ? formatLongUkDate(recommendation.targetDate) : '', { label: `${name}: target date`, fields: [`${path}.targetDate`] }),
        ...['', '', '', ''].map((text) => cell(text, fixedOrigin(name))),
      ]);
    });
}

/** The action plan, ready for the check and for Word or CSV. */
export function composeActionPlan(file: CaseFile, format: ActionPlanFormat): PublishedDocument {
  const reviewName = file.report?.titlePage.reviewName ?? file.case.reviewName;
  const nameField = file.report ? 'report.titlePage.reviewName' : 'case.reviewName';
  const heading = fixedOrigin('Action plan, heading row');
  return {
    fileName: span(reportFileName(file, 'publication').replace(/\.docx$/, `-action-plan.${format}`), {
      label: 'File name',
      fields: [nameField, ...(file.report ? ['report.titlePage.versionLabel'] : [])],
    }),
    properties: {
      title: span(`${reviewName}: action plan`, { label: 'Document properties: title', fields: [nameField] }),
      author: span('Independent reviewer', fixedOrigin('Document properties: author')),
    },
    header: null,
    footer: { marking: null, pageNumbers: true },
    fontSize: 10,
    updateFieldsOnOpen: false,
    sections: [
      {
        orientation: 'landscape',
        blocks: [
          paragraph([span(`${reviewName}: action plan`, { label: 'Action plan title', fields: [nameField] })], { style: 'title' }),
          { kind: 'table', columnWidths: actionPlanWidths, header: actionPlanHeaders.map((title) => cell(title, heading)), rows: rows(file) },
        ],
      },
    ],
  };
}
