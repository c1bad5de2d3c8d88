import type { AnonymisationChecker } from '../../core/anonymise/anonymisation-checker';
import type { CaseTextPlace } from '../../core/anonymise/case-texts';
import type { Finding } from '../../core/anonymise/finding';
import type { CsprDatabase } from '../db/cspr-database';
import { logDecision } from './anonymisation-repository';
import { replaceInText } from './replace-everywhere';

// "Replace" on a finding outside the report: the identifier is replaced in the one text it was
// found in (a title page field, a recommendation, a chronology entry, an event's place, agenda
// item or note) and the decision logged, in one transaction. The text is read afresh inside the
// transaction, so a change made since the check was run is not overwritten.

/** How many occurrences were replaced (0 when the text has gone or no longer holds the identifier). */
export function replaceInCaseText(db: CsprDatabase, caseId: string, checker: AnonymisationChecker, place: CaseTextPlace, finding: Pick<Finding, 'identifierId' | 'text' | 'replacement'>): Promise<number> {
  const replace = (text: string) => replaceInText(checker, text, finding, finding.replacement);
  const stamp = () => new Date().toISOString();
  return db.transaction('rw', [db.reports, db.recommendations, db.chronologyEntries, db.events, db.eventNotes, db.anonymisationLog], async () => {
    let count = 0;
    if (place.kind === 'title-page') {
      const current = await db.reports.get(caseId);
      if (current) {
        const replaced = replace(current.titlePage[place.field]);
        count = replaced.count;
        await db.reports.update(caseId, { titlePage: { ...current.titlePage, [place.field]: replaced.text } });
      }
    } else if (place.kind === 'recommendation') {
      const current = await db.recommendations.get(place.id);
      if (current) {
        const replaced = replace(current[place.field]);
        count = replaced.count;
        await db.recommendations.update(place.id, { [place.field]: replaced.text });
      }
    } else if (place.kind === 'chronology') {
      const current = await db.chronologyEntries.get(place.id);
      if (current) {
        const replaced = replace(current[place.field]);
        count = replaced.count;
        await db.chronologyEntries.update(place.id, { [place.field]: replaced.text });
      }
    } else if (place.kind === 'event-note') {
      const current = await db.eventNotes.get(place.id);
      if (current) {
        const replaced = replace(current.text);
        count = replaced.count;
        await db.eventNotes.update(place.id, { text: replaced.text });
      }
    } else if (place.kind === 'event') {
      const current = await db.events.get(place.id);
      if (current) {
        const replaced = replace(current.place);
        count = replaced.count;
        await db.events.update(place.id, { place: replaced.text, updatedAt: stamp() });
      }
    } else {
      const current = await db.events.get(place.id);
      if (current) {
        // Only the one agenda item changes; the others are kept as they are now.
        const agenda = current.agenda.map((item) => {
          if (item.id !== place.itemId) return item;
          const replaced = replace(item.text);
          count = replaced.count;
          return { ...item, text: replaced.text };
        });
        await db.events.update(place.id, { agenda, updatedAt: stamp() });
      }
    }
    // Nothing to record when the text no longer held it (changed or removed since the check).
    if (count > 0) await logDecision(db, caseId, 'replaced', { text: finding.text, replacement: finding.replacement, count });
    return count;
  });
}
