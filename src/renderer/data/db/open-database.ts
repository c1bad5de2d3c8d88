import { appVersion } from '../../app-version';
import { CsprDatabase } from './cspr-database';
import { currentSchemaVersion } from './schema-versions';

export type OpenDatabaseResult = { db: CsprDatabase; readOnly: false } | { db: CsprDatabase; readOnly: true; reason: string };

function newerVersionMessage(writtenBy: string): string {
  return `This data was written by a newer version of CSPR Desk (${writtenBy}). It is open read-only so nothing is overwritten: update CSPR Desk to edit it.`;
}

/**
 * Opens the database, records which version wrote it, and switches to read-only when a newer
 * version of the app has written it (a newer schema, or a newer "written-by" record).
 */
export async function openDatabase(db: CsprDatabase = new CsprDatabase()): Promise<OpenDatabaseResult> {
  try {
    await db.open();
  } catch (error) {
    if (error instanceof Error && error.name === 'VersionError') {
      // The stored database has a higher schema version than this app declares.
      const reason = newerVersionMessage('a newer database schema');
      db.readOnlyReason = reason;
      throw new Error(reason, { cause: error });
    }
    throw error;
  }
  const storedVersion = Math.round(db.verno);
  const meta = await db.meta.get('written-by');
  const newerSchema = storedVersion > currentSchemaVersion || (meta !== undefined && meta.schemaVersion > currentSchemaVersion);
  if (newerSchema) {
    const reason = newerVersionMessage(meta ? `version ${meta.appVersion}, schema ${meta.schemaVersion}` : `schema ${storedVersion}`);
    db.readOnlyReason = reason;
    return { db, readOnly: true, reason };
  }
  if (!meta || meta.schemaVersion !== currentSchemaVersion || meta.appVersion !== appVersion) {
    await db.meta.put({ key: 'written-by', schemaVersion: currentSchemaVersion, appVersion, writtenAt: new Date().toISOString() });
  }
  return { db, readOnly: false };
}
