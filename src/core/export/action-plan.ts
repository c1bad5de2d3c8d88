import Papa from 'papaparse';
import type { CaseFile } from '../case-file/case-file-format';
import { formatLongUkDate } from '../dates/format-uk-date';

// The recommendations as the partnership monitors them: one row per recommendation and agency,
// with empty columns for the action, lead, status and evidence it will fill in.

export const actionPlanHeaders = ['No.', 'Recommendation', 'Agency', 'Target date', 'Action', 'Lead', 'Status', 'Evidence'];

export function actionPlanRows(file: CaseFile): string[][] {
  const agencies = new Map(file.agencies.map((agency) => [agency.id, agency.name]));
  return [...file.recommendations]
    .sort((a, b) => a.order - b.order)
    .flatMap((recommendation, index) => {
      const names = recommendation.agencyIds.map((id) => agencies.get(id)).filter((name): name is string => Boolean(name));
      return (names.length > 0 ? names : ['']).map((agency) => [String(index + 1), recommendation.text, agency, recommendation.targetDate ? formatLongUkDate(recommendation.targetDate) : '', '', '', '', '']);
    });
}

/** The action plan as CSV for Excel (UTF-8 with a byte-order mark). */
export function actionPlanCsv(file: CaseFile): string {
  return `\uFEFF${Papa.unparse({ fields: actionPlanHeaders, data: actionPlanRows(file) }, { newline: '\r\n', escapeFormulae: true })}\r\n`;
}
