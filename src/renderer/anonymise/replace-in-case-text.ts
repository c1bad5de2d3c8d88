import type { AnonymisationChecker } from '../../core/anonymise/anonymisation-checker';
import type { CaseTextPlace } from '../../core/anonymise/case-texts';
import type { Finding } from '../../core/anonymise/finding';
import type { CsprDatabase } from '../db/cspr-database';
import { logDecision } from './anonymisation-repository';
import { replaceInText } from './replace-everywhere';

// "Replace" on a finding outside the report: the identifier is replaced in the one text it was
// found in (a title page field or reviewer, an agency's name, a recommendation, a chronology
// entry, an episode's title, an event's place, agenda item or note) and the decision logged, in one transaction. The text is read afresh inside the
// transaction, so a change made since the check was run is not overwritten.

/** How many occurrences were replaced (0 when the text has gone or no longer holds the identifier). */
export function replaceInCaseText(db: CsprDatabase, caseId: string, checker: AnonymisationChecker, place: CaseTextPlace, finding: Pick<Finding, 'identifierId' | 'text' | 'replacement'>): Promise<number> {
  const replace = (text: string) => replaceInText(checker, text, finding, finding.replacement);
  const stamp = () => new Date().toISOString();
  const tables = [db.reports, db.agencies, db.recommendations, db.chronologyEntries, db.episodes, db.events, db.eventNotes, db.anonymisationLog];
  return db.transaction('rw', tables, async () => {
    let count = 0;
    switch (place.kind) {
      case 'title-page':
      case 'reviewer': {
        const current = await db.reports.get(caseId);
        if (!current) break;
        const page = current.titlePage;
        if (place.kind === 'title-page') {
          const replaced = replace(page[place.field]);
          count = replaced.count;
          await db.reports.update(caseId, { titlePage: { ...page, [place.field]: replaced.text } });
        } else if (page.reviewers[place.index] !== undefined) {
          const replaced = replace(page.reviewers[place.index]!);
          count = replaced.count;
          await db.reports.update(caseId, { titlePage: { ...page, reviewers: page.reviewers.map((name, index) => (index === place.index ? replaced.text : name)) } });
        }
        break;
      }
      case 'agency': {
        const current = await db.agencies.get(place.id);
        if (!current) break;
        const replaced = replace(current.name);
        count = replaced.count;
        await db.agencies.update(place.id, { name: replaced.text });
        break;
      }
      case 'recommendation': {
        const current = await db.recommendations.get(place.id);
        if (!current) break;
        const replaced = replace(current[place.field]);
        count = replaced.count;
        await db.recommendations.update(place.id, { [place.field]: replaced.text });
        break;
      }
      case 'chronology': {
        const current = await db.chronologyEntries.get(place.id);
        if (!current) break;
        const replaced = replace(current[place.field]);
        count = replaced.count;
        await db.chronologyEntries.update(place.id, { [place.field]: replaced.text });
        break;
      }
      case 'episode': {
        const current = await db.episodes.get(place.id);
        if (!current) break;
        const replaced = replace(current.title);
        count = replaced.count;
        await db.episodes.update(place.id, { title: replaced.text });
        break;
      }
      case 'event-note': {
        const current = await db.eventNotes.get(place.id);
        if (!current) break;
        const replaced = replace(current.text);
        count = replaced.count;
        await db.eventNotes.update(place.id, { text: replaced.text });
        break;
      }
      case 'event': {
        const current = await db.events.get(place.id);
        if (!current) break;
        const replaced = replace(current.place);
        count = replaced.count;
        await db.events.update(place.id, { place: replaced.text, updatedAt: stamp() });
        break;
      }
      case 'event-agenda': {
        const current = await db.events.get(place.id);
        if (!current) break;
        // Only the one agenda item changes; the others are kept as they are now.
        const agenda = current.agenda.map((item) => {
          if (item.id !== place.itemId) return item;
          const replaced = replace(item.text);
          count = replaced.count;
          return { ...item, text: replaced.text };
        });
        await db.events.update(place.id, { agenda, updatedAt: stamp() });
        break;
      }
      default:
        return unknownPlace(place);
    }
    // Nothing to record when the text no longer held it (changed or removed since the check).
    if (count > 0) await logDecision(db, caseId, 'replaced', { text: finding.text, replacement: finding.replacement, count });
    return count;
  });
}

function unknownPlace(place: never): never {
  throw new Error(`Nothing can be replaced in “${JSON.stringify(place)}”.`);
}
