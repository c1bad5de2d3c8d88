import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChronologyEntryDraft } from '../../../../src/core/chronology/chronology-entry';
import type { ProblemRow } from '../../../../src/core/chronology/rows-to-entries';
import { collectCaseFile } from '../../../../src/renderer/data/case-file-transfer';
import { importCase } from '../../../../src/renderer/data/case-repository';
import {
  addEpisode,
  deleteEntries,
  deleteEpisode,
  findImport,
  fixProblem,
  importEntries,
  listEntries,
  rememberedMapping,
  restoreEntries,
  setEntryEpisode,
  updateEntry,
} from '../../../../src/renderer/data/chronology-repository';
import { CsprDatabase } from '../../../../src/renderer/data/db/cspr-database';
import { openDatabase } from '../../../../src/renderer/data/db/open-database';
import { makeCaseRecord, uniqueDatabaseName } from '../../support/case-records';

let db: CsprDatabase;
beforeEach(async () => {
  db = (await openDatabase(new CsprDatabase(uniqueDatabaseName('chronology')))).db;
});
afterEach(() => db.close());

const draft = (date: string, text: string, extra: Partial<ChronologyEntryDraft> = {}): ChronologyEntryDraft => ({
  date,
  precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
  approximate: false,
  time: null,
  agency: 'Police',
  source: '',
  role: 'Officer',
  text,
  outcome: '',
  analysis: '',
  origin: { file: 'police.csv', row: 2 },
  ...extra,
});
const problem: ProblemRow = {
  file: 'school.csv',
  row: 5,
  message: '“31/09/2022” is not a real date: September 2022 has 30 days.',
  values: { date: '31/09/2022', time: '', agency: '', source: '', role: 'Class teacher', text: 'Entry with an impossible date', outcome: '', analysis: '' },
};

async function seed() {
  return importEntries(db, {
    caseId: 'case-1',
    file: 'police.csv',
    fingerprint: 'a'.repeat(64),
    agency: 'Police',
    entries: [draft('2021-03-12', 'Later'), draft('2021-03', 'Month only'), draft('2020-01-01', 'Earliest')],
    problems: [problem],
    mapping: { headerSignature: 'date|event', columns: { date: 0, text: 1 } },
  });
}

const texts = async () => (await listEntries(db, 'case-1')).map((entry) => entry.text);

describe('the chronology in the database', () => {
  it('imports entries, problem rows, the file record and the mapping together, in date order', async () => {
    const record = await seed();
    expect(await texts()).toEqual(['Earliest', 'Month only', 'Later']);
    expect(await db.chronologyProblems.count()).toBe(1);
    expect(await findImport(db, 'case-1', 'a'.repeat(64))).toMatchObject({ id: record.id, entryCount: 3, problemCount: 1 });
    expect(await findImport(db, 'case-2', 'a'.repeat(64))).toBeUndefined();
    expect(await rememberedMapping(db, ' POLICE ', 'date|event')).toEqual({ date: 0, text: 1 });
  });

  it('rolls the whole import back when one entry cannot be stored', async () => {
    const bad = { ...draft('2020-01-01', 'x'), date: undefined } as unknown as ChronologyEntryDraft;
    await expect(
      importEntries(db, {
        caseId: 'case-1',
        file: 'f.csv',
        fingerprint: 'b'.repeat(64),
        agency: 'Police',
        entries: [draft('2020-01-02', 'ok'), bad],
        problems: [problem],
      }),
    ).rejects.toThrow();
    expect(await db.chronologyEntries.count()).toBe(0);
    expect(await db.chronologyProblems.count()).toBe(0);
    expect(await db.chronologyImports.count()).toBe(0);
  });

  it('re-sorts an entry when its date changes, and drops the time of a month-only date', async () => {
    await seed();
    const [earliest] = await listEntries(db, 'case-1');
    await updateEntry(db, earliest!.id, { date: '2022-01-01', precision: 'day', time: '10:00' });
    expect(await texts()).toEqual(['Month only', 'Later', 'Earliest']);
    await updateEntry(db, earliest!.id, { date: '2022-01', time: '10:00' });
    expect(await db.chronologyEntries.get(earliest!.id)).toMatchObject({ precision: 'month', time: null });
  });

  it('turns a fixed problem row into an entry, and keeps it with the new reason while it is still wrong', async () => {
    await seed();
    const [stored] = await db.chronologyProblems.toArray();
    await expect(fixProblem(db, stored!, { ...stored!.values, date: '31/02/2022' })).rejects.toThrow('February 2022 has 28 days');
    expect((await db.chronologyProblems.get(stored!.id))?.message).toContain('February 2022 has 28 days');
    const entry = await fixProblem(db, stored!, { ...stored!.values, date: '30/09/2022' });
    expect(entry).toMatchObject({ date: '2022-09-30', agency: 'Police', role: 'Class teacher', origin: { file: 'school.csv', row: 5 } });
    expect(await db.chronologyProblems.count()).toBe(0);
  });

  it('deletes with undo, and deleting an episode untags its entries', async () => {
    await seed();
    const episode = await addEpisode(db, 'case-1', { title: 'Spring 2021', from: '2021-03-01', to: '2021-05-31', description: '' });
    const entries = await listEntries(db, 'case-1');
    await setEntryEpisode(db, entries[2]!.id, episode.id, true);
    const removed = await deleteEntries(db, [entries[2]!.id]);
    expect(await texts()).toEqual(['Earliest', 'Month only']);
    await restoreEntries(db, removed);
    expect((await db.chronologyEntries.get(entries[2]!.id))?.episodeIds).toEqual([episode.id]);
    await deleteEpisode(db, episode);
    expect((await db.chronologyEntries.get(entries[2]!.id))?.episodeIds).toEqual([]);
  });

  it('refuses an episode without a title or that ends before it starts', async () => {
    await expect(addEpisode(db, 'case-1', { title: ' ', from: '2021-01-01', to: '2021-02-01', description: '' })).rejects.toThrow('Give the episode a title');
    await expect(addEpisode(db, 'case-1', { title: 'x', from: '2021-03-01', to: '2021-02-01', description: '' })).rejects.toThrow('ends before it starts');
  });

  it('goes into the case file and comes back from it with its episodes and problem rows', async () => {
    await db.cases.add(makeCaseRecord({ id: 'case-1' }));
    await seed();
    const episode = await addEpisode(db, 'case-1', { title: 'Spring 2021', from: '2021-03-01', to: '2021-05-31', description: 'Police contacts' });
    const [first] = await listEntries(db, 'case-1');
    await setEntryEpisode(db, first!.id, episode.id, true);
    const file = await collectCaseFile(db, 'case-1');
    expect(file.chronology.entries.map((entry) => entry.text)).toEqual(['Earliest', 'Month only', 'Later']);
    const imported = await importCase(db, file, { kind: 'as-new' });
    const copy = await listEntries(db, imported.id);
    expect(copy.map((entry) => entry.text)).toEqual(['Earliest', 'Month only', 'Later']);
    const [copiedEpisode] = await db.episodes.where('caseId').equals(imported.id).toArray();
    expect(copiedEpisode).toMatchObject({ title: 'Spring 2021', description: 'Police contacts' });
    expect(copy[0]?.episodeIds).toEqual([copiedEpisode!.id]);
    expect(await db.chronologyProblems.where('caseId').equals(imported.id).count()).toBe(1);
  });
});
