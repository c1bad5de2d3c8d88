import type { AnonymisationChecker } from '../../core/anonymise/anonymisation-checker';
import type { CaseTextPlace } from '../../core/anonymise/case-texts';
import type { Finding } from '../../core/anonymise/finding';
import type { Table, UpdateSpec } from 'dexie';
import type { CsprDatabase } from './db/cspr-database';
import { logDecision } from './anonymisation-repository';
import { replaceInText } from './replace-everywhere';

// "Replace" on a finding outside the report: the identifier is replaced in the one text it was
// found in (a title page field or reviewer, an agency's name, a recommendation, a chronology
// entry, an episode's title, an event's place, agenda item or note) and the decision logged, in one transaction. The text is read afresh inside the
// transaction, so a change made since the check was run is not overwritten.

type TextFields<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

/** Replaces in one text field of one record, read afresh; how many it replaced (0 when the record has gone). */
async function replaceInRecord<T>(
  table: Table<T, string>,
  id: string,
  field: TextFields<T>,
  replace: (text: string) => { text: string; count: number },
  also: Partial<T> = {},
): Promise<number> {
  const current = await table.get(id);
  if (!current) return 0;
  const replaced = replace(current[field] as string);
  await table.update(id, { [field]: replaced.text, ...also } as UpdateSpec<T>);
  return replaced.count;
}

/** How many occurrences were replaced (0 when the text has gone or no longer holds the identifier). */
export function replaceInCaseText(
  db: CsprDatabase,
  caseId: string,
  checker: AnonymisationChecker,
  place: CaseTextPlace,
  finding: Pick<Finding, 'identifierId' | 'text' | 'replacement'>,
): Promise<number> {
  const replace = (text: string) => replaceInText(checker, text, finding, finding.replacement);
  const stamp = () => new Date().toISOString();
  const tables = [db.reports, db.agencies, db.recommendations, db.chronologyEntries, db.episodes, db.events, db.eventNotes, db.anonymisationLog];
  return db.transaction('rw', tables, async () => {
    const count = await replaceAt(db, caseId, place, replace, stamp);
    // Nothing to record when the text no longer held it (changed or removed since the check).
    if (count > 0) await logDecision(db, caseId, 'replaced', { text: finding.text, replacement: finding.replacement, count });
    return count;
  });
}

async function replaceAt(
  db: CsprDatabase,
  caseId: string,
  place: CaseTextPlace,
  replace: (text: string) => { text: string; count: number },
  stamp: () => string,
): Promise<number> {
  switch (place.kind) {
    case 'title-page':
    case 'reviewer': {
      const current = await db.reports.get(caseId);
      if (!current) return 0;
      const page = current.titlePage;
      if (place.kind === 'title-page') {
        const replaced = replace(page[place.field]);
        await db.reports.update(caseId, { titlePage: { ...page, [place.field]: replaced.text } });
        return replaced.count;
      }
      if (page.reviewers[place.index] === undefined) return 0;
      const replaced = replace(page.reviewers[place.index]!);
      await db.reports.update(caseId, {
        titlePage: { ...page, reviewers: page.reviewers.map((name, index) => (index === place.index ? replaced.text : name)) },
      });
      return replaced.count;
    }
    case 'agency':
      return replaceInRecord(db.agencies, place.id, 'name', replace);
    case 'recommendation':
      return replaceInRecord(db.recommendations, place.id, place.field, replace);
    case 'chronology':
      return replaceInRecord(db.chronologyEntries, place.id, place.field, replace);
    case 'episode':
      return replaceInRecord(db.episodes, place.id, 'title', replace);
    case 'event-note':
      return replaceInRecord(db.eventNotes, place.id, 'text', replace);
    case 'event':
      return replaceInRecord(db.events, place.id, 'place', replace, { updatedAt: stamp() });
    case 'event-agenda': {
      const current = await db.events.get(place.id);
      if (!current) return 0;
      let count = 0;
      // Only the one agenda item changes; the others are kept as they are now.
      const agenda = current.agenda.map((item) => {
        if (item.id !== place.itemId) return item;
        const replaced = replace(item.text);
        count = replaced.count;
        return { ...item, text: replaced.text };
      });
      await db.events.update(place.id, { agenda, updatedAt: stamp() });
      return count;
    }
    default:
      return unknownPlace(place);
  }
}

function unknownPlace(place: never): never {
  throw new Error(`Nothing can be replaced in “${JSON.stringify(place)}”.`);
}
