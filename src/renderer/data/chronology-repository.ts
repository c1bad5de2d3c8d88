import Dexie from 'dexie';
import { precisionOf } from '../../core/chronology/chronology-date';
import type { ChronologyEntry, ChronologyEntryDraft } from '../../core/chronology/chronology-entry';
import { rememberedMappingKey, type ChronologyImport, type ChronologyProblem } from '../../core/chronology/chronology-records';
import type { ColumnMapping } from '../../core/chronology/column-mapping';
import type { KeyPracticeEpisode } from '../../core/chronology/key-practice-episode';
import { problemRowToEntry, type ProblemRow } from '../../core/chronology/rows-to-entries';
import { chronologySortKey } from '../../core/chronology/sort-chronology';
import type { CsprDatabase } from './db/cspr-database';

// The case's chronology in IndexedDB. An import is one transaction: all its entries, its problem
// rows and its record land together, or nothing does.

export function listEntries(db: CsprDatabase, caseId: string): Promise<ChronologyEntry[]> {
  return db.chronologyEntries.where('[caseId+sortKey]').between([caseId, ''], [caseId, '\uffff']).toArray();
}

export function listEpisodes(db: CsprDatabase, caseId: string): Promise<KeyPracticeEpisode[]> {
  return db.episodes.where('[caseId+order]').between([caseId, -Infinity], [caseId, Infinity]).toArray();
}

async function nextSequence(db: CsprDatabase, caseId: string): Promise<number> {
  // The highest by its index: one record opened, however long the chronology.
  const last = await db.chronologyEntries.where('[caseId+sequence]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).last();
  return (last?.sequence ?? 0) + 1;
}

function entryRow(draft: ChronologyEntryDraft, caseId: string, sequence: number, episodeIds: string[] = []): ChronologyEntry {
  const entry = { ...draft, id: crypto.randomUUID(), caseId, episodeIds, sequence, sortKey: '' };
  return { ...entry, sortKey: chronologySortKey(entry) };
}

export interface ImportRequest {
  caseId: string;
  file: string;
  fingerprint: string;
  agency: string;
  entries: ChronologyEntryDraft[];
  problems: ProblemRow[];
  /** Remembered for the next file from this agency with the same headers. */
  mapping?: { headerSignature: string; columns: ColumnMapping };
}

export function importEntries(db: CsprDatabase, request: ImportRequest, now = new Date()): Promise<ChronologyImport> {
  return db.transaction('rw', [db.chronologyEntries, db.chronologyProblems, db.chronologyImports, db.columnMappings], async () => {
    const { caseId } = request;
    let sequence = await nextSequence(db, caseId);
    const record: ChronologyImport = {
      id: crypto.randomUUID(),
      caseId,
      file: request.file,
      fingerprint: request.fingerprint,
      agency: request.agency,
      importedAt: now.toISOString(),
      entryCount: request.entries.length,
      problemCount: request.problems.length,
    };
    await db.chronologyEntries.bulkAdd(request.entries.map((draft) => entryRow(draft, caseId, sequence++)));
    await db.chronologyProblems.bulkAdd(
      request.problems.map((problem) => ({ ...problem, id: crypto.randomUUID(), caseId, agency: request.agency, importId: record.id })),
    );
    await db.chronologyImports.add(record);
    if (request.mapping) {
      await db.columnMappings.put({ key: rememberedMappingKey(request.agency, request.mapping.headerSignature), mapping: request.mapping.columns });
    }
    return record;
  });
}

export async function findImport(db: CsprDatabase, caseId: string, fingerprint: string): Promise<ChronologyImport | undefined> {
  return db.chronologyImports.where('[caseId+fingerprint]').equals([caseId, fingerprint]).first();
}

export async function rememberedMapping(db: CsprDatabase, agency: string, headerSignature: string): Promise<ColumnMapping | undefined> {
  return (await db.columnMappings.get(rememberedMappingKey(agency, headerSignature)))?.mapping;
}

export function addEntry(db: CsprDatabase, caseId: string, draft: ChronologyEntryDraft): Promise<ChronologyEntry> {
  return db.transaction('rw', db.chronologyEntries, async () => {
    const entry = entryRow(draft, caseId, await nextSequence(db, caseId));
    await db.chronologyEntries.add(entry);
    return entry;
  });
}

export type EntryChanges = Partial<Omit<ChronologyEntry, 'id' | 'caseId' | 'sortKey' | 'sequence'>>;

/** Saves changes to an entry; a new date re-sorts it. */
export function updateEntry(db: CsprDatabase, id: string, changes: EntryChanges): Promise<void> {
  return db.transaction('rw', db.chronologyEntries, async () => {
    const current = await db.chronologyEntries.get(id);
    if (!current) throw new Error('That entry has been deleted.');
    const next = { ...current, ...changes };
    next.precision = precisionOf(next.date);
    if (next.precision !== 'day') next.time = null;
    next.sortKey = chronologySortKey(next);
    await db.chronologyEntries.put(next);
  });
}

/** Deletes entries; returns them, for undo. */
export function deleteEntries(db: CsprDatabase, ids: readonly string[]): Promise<ChronologyEntry[]> {
  return db.transaction('rw', db.chronologyEntries, async () => {
    const removed = (await db.chronologyEntries.bulkGet([...ids])).filter((entry): entry is ChronologyEntry => entry !== undefined);
    await db.chronologyEntries.bulkDelete([...ids]);
    return removed;
  });
}

export function restoreEntries(db: CsprDatabase, entries: readonly ChronologyEntry[]): Promise<void> {
  return db.transaction('rw', db.chronologyEntries, db.episodes, async () => {
    // An episode deleted meanwhile is not brought back as a dangling tag.
    const known = new Set(
      (await db.episodes.bulkGet([...new Set(entries.flatMap((entry) => entry.episodeIds))])).flatMap((episode) => (episode ? [episode.id] : [])),
    );
    await db.chronologyEntries.bulkPut(entries.map((entry) => ({ ...entry, episodeIds: entry.episodeIds.filter((id) => known.has(id)) })));
  });
}

/** Turns a fixed problem row into an entry; throws with the reason when it still cannot be one. */
export async function fixProblem(db: CsprDatabase, problem: ChronologyProblem, values: ChronologyProblem['values']): Promise<ChronologyEntry> {
  const converted = problemRowToEntry({ ...problem, values }, problem.agency);
  if (!converted.ok) {
    // Keep what the reviewer typed, with the new reason, so nothing typed is lost.
    await db.chronologyProblems.update(problem.id, { values, message: converted.message });
    throw new Error(converted.message);
  }
  return db.transaction('rw', db.chronologyEntries, db.chronologyProblems, async () => {
    const entry = entryRow(converted.entry, problem.caseId, await nextSequence(db, problem.caseId));
    await db.chronologyEntries.add(entry);
    await db.chronologyProblems.delete(problem.id);
    return entry;
  });
}

export function discardProblem(db: CsprDatabase, id: string): Promise<void> {
  return db.chronologyProblems.delete(id);
}

export type EpisodeFields = Pick<KeyPracticeEpisode, 'title' | 'from' | 'to' | 'description'>;

function checkEpisode(fields: EpisodeFields): void {
  if (fields.title.trim() === '') throw new Error('Give the episode a title.');
  if (fields.from > fields.to) throw new Error('The episode ends before it starts.');
}

export async function addEpisode(db: CsprDatabase, caseId: string, fields: EpisodeFields): Promise<KeyPracticeEpisode> {
  checkEpisode(fields);
  return db.transaction('rw', db.episodes, async () => {
    const order = await db.episodes.where('caseId').equals(caseId).count();
    const episode: KeyPracticeEpisode = { ...fields, title: fields.title.trim(), id: crypto.randomUUID(), caseId, order };
    await db.episodes.add(episode);
    return episode;
  });
}

export async function updateEpisode(db: CsprDatabase, id: string, fields: EpisodeFields): Promise<void> {
  checkEpisode(fields);
  await db.episodes.update(id, { ...fields, title: fields.title.trim() });
}

/** Deletes an episode and untags its entries; the rest renumber. */
export function deleteEpisode(db: CsprDatabase, episode: KeyPracticeEpisode): Promise<void> {
  return db.transaction('rw', db.episodes, db.chronologyEntries, async () => {
    await db.episodes.delete(episode.id);
    await db.chronologyEntries
      .where('caseId')
      .equals(episode.caseId)
      .filter((entry) => entry.episodeIds.includes(episode.id))
      .modify((entry) => {
        entry.episodeIds = entry.episodeIds.filter((id) => id !== episode.id);
      });
    const rest = await listEpisodes(db, episode.caseId);
    await db.episodes.bulkPut(rest.map((item, index) => ({ ...item, order: index })));
  });
}

export function setEntryEpisode(db: CsprDatabase, entryId: string, episodeId: string, tagged: boolean): Promise<void> {
  return db.transaction('rw', db.chronologyEntries, async () => {
    const entry = await db.chronologyEntries.get(entryId);
    if (!entry) throw new Error('That entry has been deleted.');
    const without = entry.episodeIds.filter((id) => id !== episodeId);
    await db.chronologyEntries.update(entryId, { episodeIds: tagged ? [...without, episodeId] : without });
  });
}

/** The rows the import could not read, in the order of their rows. */
export function listProblems(db: CsprDatabase, caseId: string): Promise<ChronologyProblem[]> {
  return db.chronologyProblems.where('caseId').equals(caseId).sortBy('row');
}
