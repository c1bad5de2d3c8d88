import type { ChronologyEntry } from '../chronology/chronology-entry';
import type { Recommendation } from '../report/recommendation';
import type { TitlePage } from '../report/title-page';

// The case's texts outside the report body that are exported too, each with where it lives so a
// finding in it can be shown and fixed there.

export type CaseTextPlace =
  | { kind: 'title-page'; field: 'reviewName' | 'partnership' | 'versionLabel' }
  | { kind: 'recommendation'; id: string; field: 'text' | 'answers' }
  | { kind: 'chronology'; id: string; field: 'text' | 'outcome' | 'analysis' | 'source' | 'role' };

export interface CaseText {
  /** Where, for the reviewer: "Title page, partnership", "Recommendation 2", "Chronology: Police, 2021-03-12, what happened". */
  label: string;
  place: CaseTextPlace;
  text: string;
}

const entryFields = [
  ['text', 'what happened'],
  ['outcome', 'outcome'],
  ['analysis', 'analysis'],
  ['source', 'source'],
  ['role', 'role'],
] as const;

export function caseTexts(titlePage: TitlePage | null, recommendations: readonly Recommendation[], entries: readonly ChronologyEntry[]): CaseText[] {
  const texts: CaseText[] = [];
  if (titlePage) {
    texts.push({ label: 'Title page, review name', place: { kind: 'title-page', field: 'reviewName' }, text: titlePage.reviewName });
    texts.push({ label: 'Title page, partnership', place: { kind: 'title-page', field: 'partnership' }, text: titlePage.partnership });
    texts.push({ label: 'Title page, version', place: { kind: 'title-page', field: 'versionLabel' }, text: titlePage.versionLabel });
  }
  [...recommendations]
    .sort((a, b) => a.order - b.order)
    .forEach((recommendation, index) => {
      texts.push({ label: `Recommendation ${index + 1}`, place: { kind: 'recommendation', id: recommendation.id, field: 'text' }, text: recommendation.text });
      if (recommendation.answers) texts.push({ label: `Recommendation ${index + 1}, answers`, place: { kind: 'recommendation', id: recommendation.id, field: 'answers' }, text: recommendation.answers });
    });
  for (const entry of entries) {
    for (const [field, name] of entryFields) {
      if (entry[field].trim() !== '') texts.push({ label: `Chronology: ${entry.agency}, ${entry.date}, ${name}`, place: { kind: 'chronology', id: entry.id, field }, text: entry[field] });
    }
  }
  return texts.filter((item) => item.text.trim() !== '');
}
