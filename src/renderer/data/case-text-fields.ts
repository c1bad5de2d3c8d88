import type { CaseTextPlace } from '../../core/anonymise/case-texts';
import type { CsprDatabase } from './db/cspr-database';

// One text of the case outside the report body, by its place (a title page field or reviewer, an
// agency's name, a recommendation, a chronology entry's field, an episode's title, an event's
// place, agenda item or note): read and written in place. Used inside the callers' transactions.

/** The tables a read or write of any case text touches, for a transaction. */
export const caseTextTables = (db: CsprDatabase) => [db.reports, db.agencies, db.recommendations, db.chronologyEntries, db.episodes, db.events, db.eventNotes];

/** The text now, or null when what held it has gone. */
export async function readCaseText(db: CsprDatabase, caseId: string, place: CaseTextPlace): Promise<string | null> {
  switch (place.kind) {
    case 'title-page':
      return (await db.reports.get(caseId))?.titlePage[place.field] ?? null;
    case 'reviewer':
      return (await db.reports.get(caseId))?.titlePage.reviewers[place.index] ?? null;
    case 'agency':
      return (await db.agencies.get(place.id))?.name ?? null;
    case 'recommendation':
      return (await db.recommendations.get(place.id))?.[place.field] ?? null;
    case 'chronology':
      return (await db.chronologyEntries.get(place.id))?.[place.field] ?? null;
    case 'episode':
      return (await db.episodes.get(place.id))?.title ?? null;
    case 'event-note':
      return (await db.eventNotes.get(place.id))?.text ?? null;
    case 'event':
      return (await db.events.get(place.id))?.place ?? null;
    case 'event-agenda':
      return (await db.events.get(place.id))?.agenda.find((item) => item.id === place.itemId)?.text ?? null;
    default:
      return unknownPlace(place);
  }
}

/** Writes the text back where it lives; only that field changes (an event also records when). */
export async function writeCaseText(db: CsprDatabase, caseId: string, place: CaseTextPlace, text: string): Promise<void> {
  const stamp = () => new Date().toISOString();
  switch (place.kind) {
    case 'title-page':
    case 'reviewer': {
      const current = await db.reports.get(caseId);
      if (!current) return;
      const page = current.titlePage;
      const titlePage =
        place.kind === 'title-page'
          ? { ...page, [place.field]: text }
          : { ...page, reviewers: page.reviewers.map((name, index) => (index === place.index ? text : name)) };
      await db.reports.update(caseId, { titlePage });
      return;
    }
    case 'agency':
      await db.agencies.update(place.id, { name: text });
      return;
    case 'recommendation':
      await db.recommendations.update(place.id, { [place.field]: text });
      return;
    case 'chronology':
      await db.chronologyEntries.update(place.id, { [place.field]: text });
      return;
    case 'episode':
      await db.episodes.update(place.id, { title: text });
      return;
    case 'event-note':
      await db.eventNotes.update(place.id, { text });
      return;
    case 'event':
      await db.events.update(place.id, { place: text, updatedAt: stamp() });
      return;
    case 'event-agenda': {
      const current = await db.events.get(place.id);
      if (!current) return;
      // Only the one agenda item changes; the others are kept as they are now.
      const agenda = current.agenda.map((item) => (item.id === place.itemId ? { ...item, text } : item));
      await db.events.update(place.id, { agenda, updatedAt: stamp() });
      return;
    }
    default:
      unknownPlace(place);
  }
}

function unknownPlace(place: never): never {
  throw new Error(`There is no case text at “${JSON.stringify(place)}”.`);
}
