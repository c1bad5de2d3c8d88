import { isIsoDate } from '../dates/iso-date';
import { checkReportDocument } from '../report/check-report-document';
import { caseFileFormatName, currentCaseFileVersion, maxCaseFileBytes, type CaseFile } from './case-file-format';
import { migrateCaseFile } from './migrate-case-file';
import { schemaErrors } from './validate-against-schema';
import { failed, type Result } from '../result';

/** The file, or why it cannot be read: a sentence, and each problem (up to 20) naming its field. */
export type ReadCaseFileResult = Result<{ file: CaseFile; migratedFrom: number | null }, { errors: string[] }>;

/** A refusal: each problem, and one sentence saying what is wrong overall. */
export const refuseCaseFile = (...errors: string[]): ReadCaseFileResult =>
  failed(errors.length === 1 ? errors[0]! : `The case file has ${errors.length} problems; the first: ${errors[0] ?? 'unknown'}`, { errors });
const fail = refuseCaseFile;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Checks the schema cannot express: dates that look right but are not real days.
function semanticErrors(file: CaseFile): string[] {
  const errors: string[] = [];
  for (const [field, value] of Object.entries(file.case.dates)) {
    if (value !== null && !isIsoDate(value)) errors.push(`case.dates.${field}: "${value}" is not a real calendar date`);
  }
  if (file.case.reviewName.trim() === '') errors.push('case.reviewName: the review name is empty');
  if (file.report) {
    errors.push(...checkReportDocument(file.report.content, 'report.content'));
    if (file.report.titlePage.date !== null && !isIsoDate(file.report.titlePage.date)) {
      errors.push(`report.titlePage.date: "${file.report.titlePage.date}" is not a real calendar date`);
    }
  }
  file.reportVersions.forEach((version, index) => errors.push(...checkReportDocument(version.content, `reportVersions[${index}].content`)));
  const agencyIds = new Set(file.agencies.map((agency) => agency.id));
  if (agencyIds.size !== file.agencies.length) errors.push('agencies: two agencies share an id');
  if (new Set(file.recommendations.map((rec) => rec.id)).size !== file.recommendations.length) {
    errors.push('recommendations: two recommendations share an id');
  }
  file.recommendations.forEach((rec, index) => {
    const missing = rec.agencyIds.filter((id) => !agencyIds.has(id));
    if (missing.length > 0) errors.push(`recommendations[${index}].agencyIds: names an agency that is not in the file (${missing.join(', ')})`);
    if (rec.targetDate !== null && !isIsoDate(rec.targetDate)) {
      errors.push(`recommendations[${index}].targetDate: "${rec.targetDate}" is not a real calendar date`);
    }
  });
  errors.push(...chronologyErrors(file));
  errors.push(...eventErrors(file));
  const identifierIds = new Set(file.anonymisation.identifiers.map((identifier) => identifier.id));
  if (identifierIds.size !== file.anonymisation.identifiers.length) errors.push('anonymisation.identifiers: two identifiers share an id');
  file.anonymisation.identifiers.forEach((identifier, index) => {
    if (identifier.personId !== null && !identifierIds.has(identifier.personId))
      errors.push(`anonymisation.identifiers[${index}].personId: names an identifier that is not in the file`);
  });
  return errors.slice(0, 20);
}

function eventErrors(file: CaseFile): string[] {
  const errors: string[] = [];
  const { events, notes, themes, drafts } = file.events;
  const attendeesOf = new Map(events.map((event) => [event.id, new Set(event.attendees.map((attendee) => attendee.id))]));
  if (attendeesOf.size !== events.length) errors.push('events.events: two events share an id');
  if (new Set(notes.map((note) => note.id)).size !== notes.length) errors.push('events.notes: two notes share an id');
  const themeIds = new Set(themes.map((theme) => theme.id));
  if (themeIds.size !== themes.length) errors.push('events.themes: two themes share an id');
  // One note being typed per event: drafts are stored by event.
  if (new Set(drafts.map((draft) => draft.eventId)).size !== drafts.length) errors.push('events.drafts: two drafts are for the same event');
  events.forEach((event, index) => {
    if (!isIsoDate(event.date)) errors.push(`events.events[${index}].date: "${event.date}" is not a real calendar date`);
    const shortcuts = event.attendees.map((attendee) => attendee.shortcut.toUpperCase());
    if (new Set(shortcuts).size !== shortcuts.length) errors.push(`events.events[${index}].attendees: two attendees share a shortcut`);
  });
  notes.forEach((note, index) => {
    const attendees = attendeesOf.get(note.eventId);
    if (!attendees) errors.push(`events.notes[${index}].eventId: names an event that is not in the file`);
    else if (note.attendeeId !== null && !attendees.has(note.attendeeId))
      errors.push(`events.notes[${index}].attendeeId: names an attendee who is not at the note's event`);
    if (note.themeId !== null && !themeIds.has(note.themeId)) errors.push(`events.notes[${index}].themeId: names a theme that is not in the file`);
  });
  drafts.forEach((draft, index) => {
    if (!attendeesOf.has(draft.eventId)) errors.push(`events.drafts[${index}].eventId: names an event that is not in the file`);
  });
  return errors;
}

/** Deeper than any report the editor makes (lists in lists …), shallow enough for every recursive reader. */
export const maxCaseFileDepth = 128;

// A lone surrogate cannot be written into a JSON pointer, so the schema validator cannot name it.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What makes a parsed file unreadable before its fields are checked: nesting too deep for the
 * (recursive) validator and editor, or a field name that is not valid text. Walked without
 * recursion, so the check itself cannot overflow the stack.
 */
function structureError(data: unknown): string | null {
  interface Step {
    value: unknown;
    depth: number;
    parent: Step | null;
    key: string;
  }
  const where = (step: Step | null): string => {
    const parts: string[] = [];
    for (let here = step; here?.parent; here = here.parent) parts.unshift(/^\d+$/.test(here.key) ? `[${here.key}]` : `.${here.key.slice(0, 40)}`);
    // The first few levels say where it is; a hundred more would bury that.
    return (parts.slice(0, 6).join('') + (parts.length > 6 ? '…' : '')).replace(/^\./, '') || 'the file';
  };
  const stack: Step[] = [{ value: data, depth: 0, parent: null, key: '' }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if (typeof step.value !== 'object' || step.value === null) continue;
    if (step.depth >= maxCaseFileDepth) return `${where(step)}: is nested more than ${maxCaseFileDepth} levels deep, deeper than any case file`;
    for (const [key, value] of Object.entries(step.value)) {
      if (!Array.isArray(step.value) && loneSurrogate.test(key)) return `${where(step)}: has a field name that is not valid text`;
      stack.push({ value, depth: step.depth + 1, parent: step, key });
    }
  }
  return null;
}

function isChronologyDate(date: string): boolean {
  if (date.length === 4) return true;
  if (date.length === 7) return isIsoDate(`${date}-01`);
  return isIsoDate(date);
}

function chronologyErrors(file: CaseFile): string[] {
  const errors: string[] = [];
  const { entries, episodes, imports } = file.chronology;
  const episodeIds = new Set(episodes.map((episode) => episode.id));
  if (episodeIds.size !== episodes.length) errors.push('chronology.episodes: two episodes share an id');
  if (new Set(imports.map((imported) => imported.id)).size !== imports.length) errors.push('chronology.imports: two imports share an id');
  if (new Set(entries.map((entry) => entry.id)).size !== entries.length) errors.push('chronology.entries: two entries share an id');
  episodes.forEach((episode, index) => {
    if (!isIsoDate(episode.from) || !isIsoDate(episode.to)) errors.push(`chronology.episodes[${index}]: the dates are not real calendar dates`);
    else if (episode.from > episode.to) errors.push(`chronology.episodes[${index}]: it ends before it starts`);
  });
  entries.forEach((entry, index) => {
    const expected = entry.date.length === 10 ? 'day' : entry.date.length === 7 ? 'month' : 'year';
    if (!isChronologyDate(entry.date)) errors.push(`chronology.entries[${index}].date: "${entry.date}" is not a real date`);
    else if (entry.precision !== expected) errors.push(`chronology.entries[${index}].precision: "${entry.precision}" does not match the date "${entry.date}"`);
    if (entry.time !== null && entry.precision !== 'day') errors.push(`chronology.entries[${index}].time: a time needs a day`);
    const unknown = entry.episodeIds.filter((id) => !episodeIds.has(id));
    if (unknown.length > 0) errors.push(`chronology.entries[${index}].episodeIds: names an episode that is not in the file (${unknown.join(', ')})`);
  });
  return errors;
}

/**
 * Parses and checks a case file's text. Never throws: a malformed or foreign file gives
 * messages that say what is wrong, so the importer can refuse it with nothing changed.
 */
export function readCaseFile(text: string): ReadCaseFileResult {
  if (text.length > maxCaseFileBytes) return fail(`The file is too large to be a case file (over ${maxCaseFileBytes / 1024 / 1024} MB).`);
  if (text.trim() === '') return fail('The file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(`The file is not a CSPR Desk case file: it is not valid JSON (${detail}).`);
  }
  if (!isPlainObject(data) || data.format !== caseFileFormatName) {
    const found = isPlainObject(data) && typeof data.format === 'string' ? ` (its format is "${data.format.slice(0, 60)}")` : '';
    return fail(`The file is not a CSPR Desk case file${found}: expected "format": "${caseFileFormatName}".`);
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('version: the case file has no valid format version number.');
  }
  if (version > currentCaseFileVersion) {
    return fail(
      `The case file was written by a newer version of CSPR Desk (format version ${version}; this version reads up to ${currentCaseFileVersion}). Update CSPR Desk to open it.`,
    );
  }
  const structure = structureError(data);
  if (structure) return fail(structure);
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateCaseFile(data, version);
  } catch (error) {
    return fail(`The case file could not be upgraded from format version ${version}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const errors = schemaErrors(migrated);
    if (errors.length > 0) return fail(...errors);
    const file = migrated as unknown as CaseFile;
    const semantic = semanticErrors(file);
    if (semantic.length > 0) return fail(...semantic);
    return { ok: true, file, migratedFrom: version === currentCaseFileVersion ? null : version };
  } catch (error) {
    // The checks above are meant to answer anything; should one fail, the file is still refused, not half-read.
    return fail(`The case file could not be checked: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}.`);
  }
}
