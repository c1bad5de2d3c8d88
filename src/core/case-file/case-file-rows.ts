import type { AllowedPhrase, AnonymisationDecision, IgnoredFinding, StoredIdentifier } from '../anonymise/anonymisation-records';
import type { CaseRecord } from '../cases/case-record';
import type { ChronologyEntry } from '../chronology/chronology-entry';
import type { ChronologyImport, ChronologyProblem } from '../chronology/chronology-records';
import type { EventNote, NoteDraft, NoteTheme, PractitionerEvent } from '../events/practitioner-event';
import { remapNoteSources } from '../events/remap-note-sources';
import type { KeyPracticeEpisode } from '../chronology/key-practice-episode';
import { chronologySortKey } from '../chronology/sort-chronology';
import type { Agency, Recommendation } from '../report/recommendation';
import type { ReportContentRecord, ReportRecord, ReportVersion } from '../report/report-record';
import type { CaseFile, CaseFileContents, CaseFileRecommendation } from './case-file-format';

/** Everything stored for one case, as rows keyed by caseId. */
export interface CaseRows {
  record: CaseRecord;
  report: ReportRecord | null;
  reportContent: ReportContentRecord | null;
  reportVersions: ReportVersion[];
  recommendations: Recommendation[];
  agencies: Agency[];
  chronologyEntries: ChronologyEntry[];
  chronologyProblems: ChronologyProblem[];
  chronologyImports: ChronologyImport[];
  episodes: KeyPracticeEpisode[];
  identifiers: StoredIdentifier[];
  allowedPhrases: AllowedPhrase[];
  ignoredFindings: IgnoredFinding[];
  anonymisationLog: AnonymisationDecision[];
  events: PractitionerEvent[];
  eventNotes: EventNote[];
  noteThemes: NoteTheme[];
  noteDrafts: NoteDraft[];
}

function withoutCaseId<T extends { caseId: string }>({ caseId: _caseId, ...rest }: T): Omit<T, 'caseId'> {
  return rest;
}

const recommendationForFile = ({ caseId: _caseId, ...rest }: Recommendation): CaseFileRecommendation => rest;

export function caseFileContentsFromRows(rows: CaseRows): CaseFileContents {
  return {
    case: rows.record,
    report:
      rows.report && rows.reportContent
        ? {
            titlePage: rows.report.titlePage,
            content: rows.reportContent.content,
            completedSections: rows.report.completedSections,
            updatedAt: rows.reportContent.updatedAt > rows.report.updatedAt ? rows.reportContent.updatedAt : rows.report.updatedAt,
          }
        : null,
    reportVersions: rows.reportVersions.map(({ caseId: _caseId, recommendations, ...rest }) => ({
      ...rest,
      recommendations: recommendations.map(recommendationForFile),
    })),
    recommendations: [...rows.recommendations].sort((a, b) => a.order - b.order).map(recommendationForFile),
    agencies: rows.agencies.map(({ id, name }) => ({ id, name })),
    chronology: {
      entries: [...rows.chronologyEntries]
        .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
        .map(({ caseId: _caseId, sortKey: _sortKey, ...rest }) => rest),
      problems: rows.chronologyProblems.map(withoutCaseId),
      imports: rows.chronologyImports.map(withoutCaseId),
      episodes: [...rows.episodes].sort((a, b) => a.order - b.order).map(withoutCaseId),
    },
    anonymisation: {
      identifiers: [...rows.identifiers].sort((a, b) => a.order - b.order).map(withoutCaseId),
      allowed: rows.allowedPhrases.map(withoutCaseId),
      ignored: rows.ignoredFindings.map(withoutCaseId),
      log: [...rows.anonymisationLog].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map(withoutCaseId),
    },
    events: {
      events: [...rows.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt < b.createdAt ? -1 : 1)).map(withoutCaseId),
      notes: [...rows.eventNotes].sort((a, b) => (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : a.order - b.order)).map(withoutCaseId),
      themes: rows.noteThemes.map(withoutCaseId),
      drafts: rows.noteDrafts.map(withoutCaseId),
    },
  };
}

/**
 * The rows to store for an imported case file, under `caseId`. Every row gets a fresh id (so an
 * import can never collide with rows already stored) and references are rewritten to match.
 */
export function caseRowsFromFile(file: CaseFile, caseId: string, newId: () => string, record: CaseRecord): CaseRows {
  const agencyIds = new Map(file.agencies.map((agency) => [agency.id, newId()]));
  const recommendationRow = (rec: CaseFileRecommendation): Recommendation => ({
    ...rec,
    id: newId(),
    caseId,
    agencyIds: rec.agencyIds.map((id) => agencyIds.get(id) ?? id),
  });
  const episodeIds = new Map(file.chronology.episodes.map((episode) => [episode.id, newId()]));
  const importIds = new Map(file.chronology.imports.map((imported) => [imported.id, newId()]));
  const identifierIds = new Map(file.anonymisation.identifiers.map((identifier) => [identifier.id, newId()]));
  const eventIds = new Map(file.events.events.map((event) => [event.id, newId()]));
  const noteIds = new Map(file.events.notes.map((note) => [note.id, newId()]));
  const themeIds = new Map(file.events.themes.map((theme) => [theme.id, newId()]));
  // The report's links back to notes follow the notes to their new ids.
  const relink = <T extends CaseFile['report'] | CaseFile['reportVersions'][number]>(part: T): T =>
    part ? { ...part, content: remapNoteSources(part.content, noteIds, eventIds) } : part;
  return {
    record,
    report: file.report
      ? { caseId, titlePage: file.report.titlePage, completedSections: file.report.completedSections, updatedAt: file.report.updatedAt }
      : null,
    reportContent: file.report ? { caseId, content: relink(file.report).content, updatedAt: file.report.updatedAt } : null,
    reportVersions: file.reportVersions.map((version) => ({
      ...relink(version),
      id: newId(),
      caseId,
      recommendations: version.recommendations.map(recommendationRow),
    })),
    recommendations: file.recommendations.map(recommendationRow),
    agencies: file.agencies.map((agency) => ({ id: agencyIds.get(agency.id)!, caseId, name: agency.name })),
    chronologyEntries: file.chronology.entries.map((entry) => ({
      ...entry,
      id: newId(),
      caseId,
      // An episode missing from the file is dropped rather than left dangling.
      episodeIds: entry.episodeIds.flatMap((id) => episodeIds.get(id) ?? []),
      sortKey: chronologySortKey(entry),
    })),
    chronologyProblems: file.chronology.problems.map((problem) => ({
      ...problem,
      id: newId(),
      caseId,
      importId: problem.importId === null ? null : (importIds.get(problem.importId) ?? null),
    })),
    chronologyImports: file.chronology.imports.map((imported) => ({ ...imported, id: importIds.get(imported.id)!, caseId })),
    episodes: file.chronology.episodes.map((episode) => ({ ...episode, id: episodeIds.get(episode.id)!, caseId })),
    identifiers: file.anonymisation.identifiers.map((identifier) => ({
      ...identifier,
      id: identifierIds.get(identifier.id)!,
      caseId,
      personId: identifier.personId === null ? null : (identifierIds.get(identifier.personId) ?? null),
    })),
    allowedPhrases: file.anonymisation.allowed.map((phrase) => ({ ...phrase, id: newId(), caseId })),
    ignoredFindings: file.anonymisation.ignored.map((ignored) => ({ ...ignored, id: newId(), caseId })),
    anonymisationLog: file.anonymisation.log.map((decision) => ({ ...decision, id: newId(), caseId })),
    events: file.events.events.map((event) => ({ ...event, id: eventIds.get(event.id)!, caseId })),
    eventNotes: file.events.notes.map((note) => ({
      ...note,
      id: noteIds.get(note.id)!,
      caseId,
      eventId: eventIds.get(note.eventId)!,
      themeId: note.themeId === null ? null : (themeIds.get(note.themeId) ?? null),
    })),
    noteThemes: file.events.themes.map((theme) => ({ ...theme, id: themeIds.get(theme.id)!, caseId })),
    noteDrafts: file.events.drafts.flatMap((draft) => {
      const eventId = eventIds.get(draft.eventId);
      return eventId ? [{ ...draft, eventId, caseId }] : [];
    }),
  };
}
