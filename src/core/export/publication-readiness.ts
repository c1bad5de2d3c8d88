import type { AnonymisationDecision, DecisionAction } from '../anonymise/anonymisation-records';
import type { CaseFile } from '../case-file/case-file-format';
import { sectionLabels } from '../report/paragraph-numbering';
import { sectionText, textblocksOf, textblockText, type ReportSectionNode } from '../report/report-document';
import { acronymsDefinedIn, safeguardingAcronyms, unexplainedAcronyms } from './acronyms';
import { statutorySections } from '../report/statutory-sections';

// What a published report must not go out without, checked before the anonymisation check and
// listed with its findings: a title page that no longer says draft or carries a protective
// marking, every statutory section written, every recommendation with its wording, agency and
// target date, and the reviewer named (Working Together: a published report names its reviewer).
// The reviewer may override any of them with a reason, recorded in the case's audit log.

/** Where a problem is fixed: the report's title page, one of its sections, or a recommendation. */
export type ReadinessPlace = { kind: 'title-page' } | { kind: 'section'; key: string } | { kind: 'recommendation'; id: string };

export interface ReadinessProblem {
  /** Stable across edits, so an override recorded against it keeps holding: "section-empty:analysis". */
  key: string;
  /** One plain sentence: "Section 3, Analysis of systemic or underlying reasons, is empty." */
  message: string;
  place: ReadinessPlace;
}

/** The audit log action that records an override: its text is the problem's key, its reason the reviewer's. */
export const readinessOverrideAction = 'readiness-overridden' satisfies DecisionAction;

const titlePage: ReadinessPlace = { kind: 'title-page' };

function titlePageProblems(file: CaseFile): ReadinessProblem[] {
  const page = file.report?.titlePage;
  const reviewers = page?.reviewers ?? file.case.reviewers;
  const problems: ReadinessProblem[] = [];
  // Before the report is first opened its title page is not printed: there is no draft label or marking yet.
  if (page && (page.status === 'draft' || /draft/i.test(page.versionLabel))) {
    const message = /draft/i.test(page.versionLabel) ? `The title page still says “${page.versionLabel.trim()}”.` : 'The title page’s status is still Draft.';
    problems.push({ key: 'title-page-draft', message, place: titlePage });
  }
  if (page && page.protectiveMarking.trim() !== '') {
    problems.push({
      key: 'title-page-marking',
      message: `The title page still carries the protective marking “${page.protectiveMarking.trim()}”.`,
      place: titlePage,
    });
  }
  if (!reviewers.some((name) => name.trim() !== '')) {
    problems.push({ key: 'reviewer-missing', message: 'The report names no reviewer: a published report names its reviewer.', place: titlePage });
  }
  return problems;
}

const showsText = (section: ReportSectionNode) =>
  section.content.some((block) => textblocksOf(block).some((textblock) => textblockText(textblock.node).trim() !== ''));

function sectionProblems(file: CaseFile): ReadinessProblem[] {
  const sections = file.report?.content.content ?? [];
  const labels = sectionLabels(sections);
  return statutorySections.flatMap((definition, index) => {
    const at = sections.findIndex((section) => section.attrs.kind === 'statutory' && section.attrs.key === definition.key);
    const section = sections[at];
    // The recommendations table is printed in its section, so recommendations alone fill it.
    const filled = (section !== undefined && showsText(section)) || (definition.key === 'recommendations' && file.recommendations.length > 0);
    if (filled) return [];
    const title = section?.attrs.title.trim() || definition.title;
    return [
      {
        key: `section-empty:${definition.key}`,
        message: `Section ${labels[at] ?? index + 1}, ${title}, is empty.`,
        place: { kind: 'section', key: definition.key },
      },
    ];
  });
}

/** "no wording, no agency and no target date" */
const listed = (items: readonly string[]) => (items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`);

function recommendationProblems(file: CaseFile): ReadinessProblem[] {
  const agencies = new Set(file.agencies.map((agency) => agency.id));
  return [...file.recommendations]
    .sort((a, b) => a.order - b.order)
    .flatMap((recommendation, index) => {
      const missing = [
        ...(recommendation.text.trim() === '' ? ['no wording'] : []),
        ...(recommendation.agencyIds.some((id) => agencies.has(id)) ? [] : ['no agency']),
        ...(recommendation.targetDate === null ? ['no target date'] : []),
      ];
      if (missing.length === 0) return [];
      return [
        {
          key: `recommendation-incomplete:${recommendation.id}`,
          message: `Recommendation ${index + 1} has ${listed(missing)}.`,
          place: { kind: 'recommendation', id: recommendation.id },
        },
      ];
    });
}

/**
 * Acronyms the published report uses without explaining them: neither in the built-in glossary nor
 * written out where first used ("Kingsmere Early Help Hub (KEHH)"). A reader outside the agencies
 * cannot follow them, and the glossary cannot list them.
 */
function acronymProblems(file: CaseFile): ReadinessProblem[] {
  const sections = file.report?.content.content ?? [];
  const labels = sectionLabels(sections);
  // Each text with where it is fixed and how the message names it.
  const texts: { text: string; where: { place: ReadinessPlace; first: string } }[] = [
    ...sections.map((section, index) => ({
      text: sectionText(section),
      where: { place: { kind: 'section', key: section.attrs.key } as const, first: `section ${labels[index]}` },
    })),
    ...[...file.recommendations]
      .sort((a, b) => a.order - b.order)
      .map((recommendation, index) => ({
        text: recommendation.text,
        where: { place: { kind: 'recommendation', id: recommendation.id } as const, first: `recommendation ${index + 1}` },
      })),
  ];
  const known = { ...safeguardingAcronyms, ...acronymsDefinedIn(texts.map((item) => item.text).join('\n')) };
  // Initials in the register ("JP") are a person, for the anonymisation check: not an acronym to explain.
  const registered = new Set(file.anonymisation.identifiers.map((identifier) => identifier.value.trim().toUpperCase()));
  return unexplainedAcronyms(texts, known)
    .filter(({ acronym }) => !registered.has(acronym))
    .map(({ acronym, where }) => ({
      key: `acronym-unexplained:${acronym}`,
      message: `“${acronym}” is used (first in ${where.first}) but not explained: write it out where it is first used, followed by “(${acronym})”.`,
      place: where.place,
    }));
}

/** Everything a publication of the report still needs, in the order the report reads: title page, sections, recommendations, then unexplained acronyms. */
export function readinessProblems(file: CaseFile): ReadinessProblem[] {
  return [...titlePageProblems(file), ...sectionProblems(file), ...recommendationProblems(file), ...acronymProblems(file)];
}

/** The keys the reviewer has overridden, from the case's audit log. */
export function overriddenReadinessKeys(log: readonly Pick<AnonymisationDecision, 'action' | 'text'>[]): Set<string> {
  return new Set(log.filter((decision) => decision.action === readinessOverrideAction).map((decision) => decision.text));
}

/** The problems that still stop a publication of the report: those the reviewer has not overridden. */
export function outstandingReadiness(file: CaseFile): ReadinessProblem[] {
  const overridden = overriddenReadinessKeys(file.anonymisation.log);
  return readinessProblems(file).filter((problem) => !overridden.has(problem.key));
}
