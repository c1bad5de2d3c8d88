import type { Agency, Recommendation } from '../../core/report/recommendation';
import { moveRecommendation as reorder, renumber } from '../../core/report/reorder-recommendations';
import type { CsprDatabase } from './db/cspr-database';

// Recommendations and the case's agencies. Every change that touches the numbering is one
// transaction, so the list is never left with two recommendations at the same number.

export function listRecommendations(db: CsprDatabase, caseId: string): Promise<Recommendation[]> {
  return db.recommendations.where('[caseId+order]').between([caseId, -Infinity], [caseId, Infinity]).toArray();
}

export async function listAgencies(db: CsprDatabase, caseId: string): Promise<Agency[]> {
  const agencies = await db.agencies.where('caseId').equals(caseId).toArray();
  return agencies.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

export function addRecommendation(db: CsprDatabase, caseId: string): Promise<Recommendation> {
  return db.transaction('rw', db.recommendations, async () => {
    const count = await db.recommendations.where('caseId').equals(caseId).count();
    const recommendation: Recommendation = { id: crypto.randomUUID(), caseId, order: count, text: '', agencyIds: [], targetDate: null, answers: '' };
    await db.recommendations.add(recommendation);
    return recommendation;
  });
}

export type RecommendationChanges = Partial<Pick<Recommendation, 'text' | 'agencyIds' | 'targetDate' | 'answers'>>;

export async function updateRecommendation(db: CsprDatabase, id: string, changes: RecommendationChanges): Promise<void> {
  const updated = await db.recommendations.update(id, changes);
  if (updated === 0) throw new Error('That recommendation has been deleted.');
}

/** Moves a recommendation to a position (0-based); the others renumber around it. */
export function moveRecommendation(db: CsprDatabase, caseId: string, id: string, toIndex: number): Promise<void> {
  return db.transaction('rw', db.recommendations, async () => {
    const changed = reorder(await listRecommendations(db, caseId), id, toIndex);
    await db.recommendations.bulkPut(changed);
  });
}

/** Deletes a recommendation and closes the gap; returns it, for undo. */
export function deleteRecommendation(db: CsprDatabase, caseId: string, id: string): Promise<Recommendation> {
  return db.transaction('rw', db.recommendations, async () => {
    const deleted = await db.recommendations.get(id);
    if (!deleted) throw new Error('That recommendation has already been deleted.');
    await db.recommendations.delete(id);
    await db.recommendations.bulkPut(renumber(await listRecommendations(db, caseId)));
    return deleted;
  });
}

/** Undo of a delete: puts the recommendation back at its number. */
export function restoreRecommendation(db: CsprDatabase, recommendation: Recommendation): Promise<void> {
  return db.transaction('rw', db.recommendations, async () => {
    const others = await listRecommendations(db, recommendation.caseId);
    const position = Math.min(recommendation.order, others.length);
    others.splice(position, 0, { ...recommendation, order: -1 });
    await db.recommendations.put({ ...recommendation, order: position });
    await db.recommendations.bulkPut(renumber(others).filter((item) => item.id !== recommendation.id));
  });
}

function cleanAgencyName(name: string): string {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (clean === '') throw new Error('Give the agency a name.');
  if (clean.length > 200) throw new Error('An agency name can be at most 200 characters.');
  return clean;
}

async function assertUniqueName(db: CsprDatabase, caseId: string, name: string, exceptId?: string): Promise<void> {
  const agencies = await db.agencies.where('caseId').equals(caseId).toArray();
  const clash = agencies.find((agency) => agency.id !== exceptId && agency.name.toLocaleLowerCase('en-GB') === name.toLocaleLowerCase('en-GB'));
  if (clash) throw new Error(`“${clash.name}” is already in the list of agencies.`);
}

export function addAgency(db: CsprDatabase, caseId: string, name: string): Promise<Agency> {
  return db.transaction('rw', db.agencies, async () => {
    const clean = cleanAgencyName(name);
    await assertUniqueName(db, caseId, clean);
    const agency: Agency = { id: crypto.randomUUID(), caseId, name: clean };
    await db.agencies.add(agency);
    return agency;
  });
}

export function renameAgency(db: CsprDatabase, agency: Agency, name: string): Promise<void> {
  return db.transaction('rw', db.agencies, async () => {
    const clean = cleanAgencyName(name);
    await assertUniqueName(db, agency.caseId, clean, agency.id);
    await db.agencies.update(agency.id, { name: clean });
  });
}

/**
 * Removes an agency from the case's list. Refused while a recommendation names it, so no
 * recommendation silently loses its responsible agency.
 */
export function removeAgency(db: CsprDatabase, agency: Agency): Promise<void> {
  return db.transaction('rw', db.agencies, db.recommendations, async () => {
    const users = (await listRecommendations(db, agency.caseId)).flatMap((item, index) => (item.agencyIds.includes(agency.id) ? [index + 1] : []));
    if (users.length > 0) {
      const list = users.length === 1 ? `recommendation ${users[0]}` : `recommendations ${users.slice(0, -1).join(', ')} and ${users.at(-1)}`;
      throw new Error(`“${agency.name}” is responsible for ${list}: take it off ${users.length === 1 ? 'that recommendation' : 'those'} first.`);
    }
    await db.agencies.delete(agency.id);
  });
}
