import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CsprDatabase } from '../../../../src/renderer/data/db/cspr-database';
import { openDatabase } from '../../../../src/renderer/data/db/open-database';
import {
  addAgency,
  addRecommendation,
  deleteRecommendation,
  listRecommendations,
  moveRecommendation,
  removeAgency,
  renameAgency,
  restoreRecommendation,
  updateRecommendation,
} from '../../../../src/renderer/data/recommendation-repository';
import { uniqueDatabaseName } from '../../support/case-records';

let db: CsprDatabase;
beforeEach(async () => {
  db = (await openDatabase(new CsprDatabase(uniqueDatabaseName('recommendations')))).db;
});
afterEach(() => db.close());

async function threeRecommendations(): Promise<string[]> {
  const ids: string[] = [];
  for (const text of ['First', 'Second', 'Third']) {
    const added = await addRecommendation(db, 'case-1');
    await updateRecommendation(db, added.id, { text });
    ids.push(added.id);
  }
  return ids;
}

const texts = async () => (await listRecommendations(db, 'case-1')).map((item) => `${item.order}:${item.text}`);

describe('recommendations in the database', () => {
  it('adds at the end, moves, and keeps the numbering without gaps', async () => {
    const [, , third] = await threeRecommendations();
    await moveRecommendation(db, 'case-1', third!, 0);
    expect(await texts()).toEqual(['0:Third', '1:First', '2:Second']);
  });

  it('deletes, closing the gap, and undo puts it back at its number', async () => {
    const [, second] = await threeRecommendations();
    const deleted = await deleteRecommendation(db, 'case-1', second!);
    expect(await texts()).toEqual(['0:First', '1:Third']);
    await restoreRecommendation(db, deleted);
    expect(await texts()).toEqual(['0:First', '1:Second', '2:Third']);
  });

  it('keeps other cases’ recommendations apart', async () => {
    await threeRecommendations();
    await addRecommendation(db, 'case-2');
    expect(await listRecommendations(db, 'case-2')).toHaveLength(1);
    expect(await texts()).toHaveLength(3);
  });

  it('says so when a deleted recommendation is edited', async () => {
    const [first] = await threeRecommendations();
    await deleteRecommendation(db, 'case-1', first!);
    await expect(updateRecommendation(db, first!, { text: 'Late edit' })).rejects.toThrow('has been deleted');
  });
});

describe('agencies', () => {
  it('refuses a blank or duplicate name, ignoring case and spacing', async () => {
    await addAgency(db, 'case-1', 'Police');
    await expect(addAgency(db, 'case-1', '  ')).rejects.toThrow('Give the agency a name');
    await expect(addAgency(db, 'case-1', ' police ')).rejects.toThrow('“Police” is already in the list');
    // Another case may have its own.
    await expect(addAgency(db, 'case-2', 'Police')).resolves.toMatchObject({ name: 'Police' });
  });

  it('renames, refusing a name another agency has', async () => {
    const police = await addAgency(db, 'case-1', 'Police');
    await addAgency(db, 'case-1', 'Health');
    await expect(renameAgency(db, police, 'Health')).rejects.toThrow('already in the list');
    await renameAgency(db, police, 'Kingsmere Police');
    expect((await db.agencies.get(police.id))?.name).toBe('Kingsmere Police');
  });

  it('will not remove an agency a recommendation still names, and says which', async () => {
    const police = await addAgency(db, 'case-1', 'Police');
    const ids = await threeRecommendations();
    await updateRecommendation(db, ids[0]!, { agencyIds: [police.id] });
    await updateRecommendation(db, ids[2]!, { agencyIds: [police.id] });
    await expect(removeAgency(db, police)).rejects.toThrow('“Police” is responsible for recommendations 1 and 3');
    expect(await db.agencies.get(police.id)).toBeDefined();
    await updateRecommendation(db, ids[0]!, { agencyIds: [] });
    await updateRecommendation(db, ids[2]!, { agencyIds: [] });
    await removeAgency(db, police);
    expect(await db.agencies.get(police.id)).toBeUndefined();
  });
});
