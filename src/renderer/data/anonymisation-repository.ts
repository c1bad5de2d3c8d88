import type { AllowedPhrase, AnonymisationDecision, DecisionAction, IgnoredFinding, StoredIdentifier } from '../../core/anonymise/anonymisation-records';
import type { IdentifierKind, RegisteredIdentifier } from '../../core/anonymise/identifier-register';
import type { CsprDatabase } from './db/cspr-database';

// The case's register, allow list, ignored occurrences and audit log. Every decision the reviewer
// takes is written to the log in the same transaction as the change it records.

export function listIdentifiers(db: CsprDatabase, caseId: string): Promise<StoredIdentifier[]> {
  return db.identifiers.where('[caseId+order]').between([caseId, -Infinity], [caseId, Infinity]).toArray();
}

export async function listAllowed(db: CsprDatabase, caseId: string): Promise<AllowedPhrase[]> {
  return (await db.allowedPhrases.where('caseId').equals(caseId).toArray()).sort((a, b) => a.phrase.localeCompare(b.phrase, 'en-GB'));
}

export function listLog(db: CsprDatabase, caseId: string): Promise<AnonymisationDecision[]> {
  return db.anonymisationLog.where('[caseId+at]').between([caseId, ''], [caseId, '\uffff']).toArray();
}

export async function logDecision(
  db: CsprDatabase,
  caseId: string,
  action: DecisionAction,
  details: { text: string; replacement?: string; reason?: string; count?: number },
  now = new Date(),
): Promise<void> {
  await db.anonymisationLog.add({
    id: crypto.randomUUID(),
    caseId,
    at: now.toISOString(),
    action,
    text: details.text,
    replacement: details.replacement ?? '',
    reason: details.reason ?? '',
    count: details.count ?? 1,
  });
}

export interface IdentifierFields {
  kind: IdentifierKind;
  value: string;
  replacement: string;
  note: string;
  personId: string | null;
}

function clean(fields: IdentifierFields): IdentifierFields {
  const value = fields.value.trim().replace(/\s+/g, ' ');
  if (value === '') throw new Error('Give the identifying detail itself.');
  if (fields.kind === 'alias' && !fields.personId) throw new Error('Choose the person this alias belongs to.');
  return { ...fields, value, replacement: fields.replacement.trim(), note: fields.note.trim(), personId: fields.kind === 'alias' ? fields.personId : null };
}

export function addIdentifier(db: CsprDatabase, caseId: string, fields: IdentifierFields, logIt = false): Promise<StoredIdentifier> {
  return db.transaction('rw', db.identifiers, db.anonymisationLog, async () => {
    const order = await db.identifiers.where('caseId').equals(caseId).count();
    const identifier: StoredIdentifier = { ...clean(fields), id: crypto.randomUUID(), caseId, order };
    await db.identifiers.add(identifier);
    if (logIt) await logDecision(db, caseId, 'identifier-added', { text: identifier.value, replacement: identifier.replacement, reason: identifier.kind });
    return identifier;
  });
}

export async function updateIdentifier(db: CsprDatabase, id: string, fields: IdentifierFields): Promise<void> {
  await db.identifiers.update(id, { ...clean(fields) });
}

/** Deletes an identifier; its aliases go with it (an alias means nothing without its person). */
export function deleteIdentifier(db: CsprDatabase, identifier: StoredIdentifier): Promise<void> {
  return db.transaction('rw', db.identifiers, async () => {
    await db.identifiers
      .where('caseId')
      .equals(identifier.caseId)
      .filter((item) => item.id === identifier.id || item.personId === identifier.id)
      .delete();
    const rest = await listIdentifiers(db, identifier.caseId);
    await db.identifiers.bulkPut(rest.map((item, order) => ({ ...item, order })));
  });
}

/** Replaces the case's register with one read from CSV, in one transaction. */
export function replaceRegister(db: CsprDatabase, caseId: string, identifiers: readonly RegisteredIdentifier[]): Promise<void> {
  return db.transaction('rw', db.identifiers, async () => {
    await db.identifiers.where('caseId').equals(caseId).delete();
    const ids = new Map(identifiers.map((identifier) => [identifier.id, crypto.randomUUID()]));
    await db.identifiers.bulkAdd(
      identifiers.map((identifier, order) => ({
        ...identifier,
        id: ids.get(identifier.id)!,
        personId: identifier.personId ? (ids.get(identifier.personId) ?? null) : null,
        caseId,
        order,
      })),
    );
  });
}

export function allowPhrase(db: CsprDatabase, caseId: string, phrase: string): Promise<void> {
  return db.transaction('rw', db.allowedPhrases, db.anonymisationLog, async () => {
    const clean = phrase.trim();
    if (clean === '') throw new Error('The phrase is empty.');
    const existing = await db.allowedPhrases
      .where('caseId')
      .equals(caseId)
      .filter((item) => item.phrase.toLowerCase() === clean.toLowerCase())
      .count();
    if (existing === 0) await db.allowedPhrases.add({ id: crypto.randomUUID(), caseId, phrase: clean });
    await logDecision(db, caseId, 'allowed', { text: clean });
  });
}

export function removeAllowedPhrase(db: CsprDatabase, id: string): Promise<void> {
  return db.allowedPhrases.delete(id);
}

export function ignoreFinding(db: CsprDatabase, caseId: string, finding: Pick<IgnoredFinding, 'text' | 'context'>, reason: string): Promise<void> {
  return db.transaction('rw', db.ignoredFindings, db.anonymisationLog, async () => {
    if (reason.trim() === '') throw new Error('Say why this occurrence can stay: the reason goes in the audit log.');
    await db.ignoredFindings.add({ id: crypto.randomUUID(), caseId, text: finding.text, context: finding.context, reason: reason.trim() });
    await logDecision(db, caseId, 'ignored', { text: finding.text, reason: reason.trim() });
  });
}
