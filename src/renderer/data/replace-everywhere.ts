import type { AnonymisationChecker } from '../../core/anonymise/anonymisation-checker';
import { findingContext } from '../../core/anonymise/anonymisation-records';
import { caseTexts, type CaseTextPlace } from '../../core/anonymise/case-texts';
import type { Finding } from '../../core/anonymise/finding';
import { logDecision } from './anonymisation-repository';
import { caseTextTables, readCaseText, writeCaseText } from './case-text-fields';
import { listEntries, listEpisodes } from './chronology-repository';
import type { CsprDatabase } from './db/cspr-database';
import { listAgencies, listRecommendations } from './recommendation-repository';
import { getReportRecord } from './report-repository';

// "Replace everywhere", outside the report body (the body is changed in the editor, so its undo
// works there): every occurrence of a register entry is listed first, the reviewer ticks the ones
// to replace, exactly those change, and one undo restores them. Event notes are records of what
// was said: they are listed by the check, never rewritten by it.

const sameIdentifier = (finding: Finding, target: Pick<Finding, 'identifierId' | 'text'>) =>
  target.identifierId ? finding.identifierId === target.identifierId : finding.text.toLowerCase() === target.text.toLowerCase();

/** The text with every finding of the identifier replaced, and how many there were (never one that could be someone else). */
export function replaceInText(
  checker: AnonymisationChecker,
  text: string,
  target: Pick<Finding, 'identifierId' | 'text'>,
  replacement: string,
): { text: string; count: number } {
  const findings = checker.check(text).filter((finding) => sameIdentifier(finding, target));
  let result = text;
  for (const finding of [...findings].reverse()) result = result.slice(0, finding.start) + replacement + result.slice(finding.end);
  return { text: result, count: findings.length };
}

/** One occurrence of a register entry in a case text outside the report body. */
export interface OutsideOccurrence {
  place: CaseTextPlace;
  /** Where, for the reviewer: "Recommendation 2", "Agency “…”", "Chronology: Police, 2021-03-12, what happened". */
  label: string;
  text: string;
  start: number;
  end: number;
  /** The words around it, with ‖ where it stands. */
  context: string;
  /** It could be this entry or another: listed, but not ticked until the reviewer says so. */
  ambiguous: boolean;
}

/** Every occurrence of the entry outside the report body: its own findings, and those that could be it among others. */
export async function listOccurrencesOutsideReport(
  db: CsprDatabase,
  caseId: string,
  checker: AnonymisationChecker,
  identifierId: string,
): Promise<OutsideOccurrence[]> {
  const [report, agencies, recommendations, entries, episodes] = await Promise.all([
    getReportRecord(db, caseId),
    listAgencies(db, caseId),
    listRecommendations(db, caseId),
    listEntries(db, caseId),
    listEpisodes(db, caseId),
  ]);
  return caseTexts({ titlePage: report?.titlePage ?? null, agencies, recommendations, entries, episodes }).flatMap((item) =>
    checker
      .check(item.text)
      .filter((finding) => finding.identifierId === identifierId || finding.candidates?.some((candidate) => candidate.identifierId === identifierId))
      .map((finding) => ({
        place: item.place,
        label: item.label,
        text: finding.text,
        start: finding.start,
        end: finding.end,
        context: findingContext(item.text, finding.start, finding.end),
        ambiguous: finding.candidates !== undefined,
      })),
  );
}

/** A case text as it was before a replacement and after it, to undo exactly that. */
export interface ReplacedText {
  place: CaseTextPlace;
  before: string;
  after: string;
}

export interface ReplaceEverywhereRequest {
  /** The text found ("Ella Doe"), for the log. */
  text: string;
  replacement: string;
  /** The occurrences outside the report body the reviewer ticked. */
  outside: readonly OutsideOccurrence[];
  /** Where it was replaced in the report body ("2.3", "4.1"), for the log. */
  inReport: readonly string[];
}

const samePlace = (a: CaseTextPlace, b: CaseTextPlace) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Replaces the ticked occurrences outside the report body, each only if it is still there as it
 * was listed, and logs the whole replacement as one decision saying where. Returns what changed,
 * for the undo.
 */
export function replaceEverywhere(db: CsprDatabase, caseId: string, request: ReplaceEverywhereRequest): Promise<ReplacedText[]> {
  return db.transaction('rw', [...caseTextTables(db), db.anonymisationLog], async () => {
    const replaced: ReplacedText[] = [];
    const places: { label: string; count: number }[] = [];
    const groups: OutsideOccurrence[][] = [];
    for (const occurrence of request.outside) {
      const group = groups.find((items) => samePlace(items[0]!.place, occurrence.place));
      if (group) group.push(occurrence);
      else groups.push([occurrence]);
    }
    for (const group of groups) {
      const before = await readCaseText(db, caseId, group[0]!.place);
      if (before === null) continue;
      let after = before;
      let count = 0;
      for (const occurrence of [...group].sort((a, b) => b.start - a.start)) {
        if (after.slice(occurrence.start, occurrence.end) !== occurrence.text) continue;
        after = after.slice(0, occurrence.start) + request.replacement + after.slice(occurrence.end);
        count += 1;
      }
      if (count === 0) continue;
      await writeCaseText(db, caseId, group[0]!.place, after);
      replaced.push({ place: group[0]!.place, before, after });
      places.push({ label: group[0]!.label, count });
    }
    const where = [
      ...request.inReport.map((number) => `report ${number}`),
      ...places.map((place) => (place.count > 1 ? `${place.label} (${place.count})` : place.label)),
    ];
    const count = request.inReport.length + places.reduce((total, place) => total + place.count, 0);
    if (count > 0)
      await logDecision(db, caseId, 'replaced-everywhere', {
        text: request.text,
        replacement: request.replacement,
        count,
        reason: `Replaced in: ${where.join('; ')}`,
      });
    return replaced;
  });
}

/** Undoes a replace everywhere outside the report body: each text goes back, unless it has been changed since. */
export function restoreReplacedTexts(
  db: CsprDatabase,
  caseId: string,
  replaced: readonly ReplacedText[],
  log: { text: string; replacement: string },
): Promise<number> {
  return db.transaction('rw', [...caseTextTables(db), db.anonymisationLog], async () => {
    let restored = 0;
    for (const item of replaced) {
      if ((await readCaseText(db, caseId, item.place)) !== item.after) continue;
      await writeCaseText(db, caseId, item.place, item.before);
      restored += 1;
    }
    await logDecision(db, caseId, 'replaced', { text: log.replacement, replacement: log.text, count: restored, reason: 'Undo of “Replace everywhere”' });
    return restored;
  });
}
