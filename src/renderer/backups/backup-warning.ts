// The banner shown while backups cannot be written. Main describes file errors in plain
// English (src/main/files/describe-file-error.ts); the usual causes get a sentence saying what
// to do, anything else is shown as main said it.

const stillSaved = 'Your work is still saved in CSPR Desk;';

export function backupWarning(message: string): string {
  if (/disk is full|quota is used up/i.test(message)) {
    return `Backups could not be written: the disk is full. ${stillSaved} free some space or export a case file.`;
  }
  if (/permission denied|read-only/i.test(message)) {
    return `Backups could not be written: the backups folder cannot be written to (it may be read-only). ${stillSaved} export a case file to keep a copy.`;
  }
  const detail = message.trim().replace(/[.\s]+$/, '') || 'an unknown error';
  return `Backups could not be written: ${detail}. ${stillSaved} export a case file to keep a copy.`;
}
