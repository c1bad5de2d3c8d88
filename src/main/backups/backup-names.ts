// Names in the backups folder, checked strictly: the case id and file name arrive from the
// renderer and become parts of a path, so anything but these exact shapes is refused.
//
//   <userData>/backups/<caseId>/<UTC timestamp>.cspr.json
//   e.g.  backups/5f0c…-e1a2/2021-02-14T10-42-05-123Z.cspr.json
//
// The timestamp uses "-" where ISO 8601 has ":" and ".", which Windows forbids in names. Names
// are unique per case (a second backup in the same millisecond takes the next one), so ordering
// by name is ordering by time.

/** A case's backup folder: letters, digits and hyphens (a UUID fits), at most 64. */
export const backupCaseIdPattern = /^[A-Za-z0-9-]{1,64}$/;

const fileNamePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.cspr\.json$/;

export const backupFileExtension = '.cspr.json';

/** An encrypted case file is its case file in base64 (×4/3) plus a small header: 200 MB → ~270 MB. */
export const MAX_BACKUP_BYTES = 300 * 1024 * 1024;

export function isBackupCaseId(value: unknown): value is string {
  return typeof value === 'string' && backupCaseIdPattern.test(value);
}

/** `2021-02-14T10-42-05-123Z.cspr.json` (UTC). */
export function backupFileName(createdAt: Date): string {
  return `${createdAt.toISOString().replace(/:/g, '-').replace('.', '-')}${backupFileExtension}`;
}

/** When the backup was written, from its name; null for any name this app does not write. */
export function parseBackupFileName(fileName: unknown): Date | null {
  if (typeof fileName !== 'string') return null;
  const match = fileNamePattern.exec(fileName);
  if (!match) return null;
  const [year, month, day, hour, minute, second, millisecond] = match.slice(1, 8).map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millisecond));
  // Date.UTC rolls 31 February over into March: such a name was not written by this app.
  const real =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second;
  return real ? date : null;
}

export function isBackupFileName(value: unknown): value is string {
  return parseBackupFileName(value) !== null;
}
