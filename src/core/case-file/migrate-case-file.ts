import { currentCaseFileVersion } from './case-file-format';

// One step per format version: migrations[n] turns a version-n file into a version n+1 file.
// Each later feature that adds to the case file adds its step here, with a test.
type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

export const caseFileMigrations: Record<number, Migration> = {
  // Version 2 adds the report, its saved versions, recommendations and the case's agencies.
  1: (file) => ({ ...file, report: null, reportVersions: [], recommendations: [], agencies: [] }),
  // Version 3 adds the multi-agency chronology.
  2: (file) => ({ ...file, chronology: { entries: [], problems: [], imports: [], episodes: [] } }),
  // Version 4 adds the anonymisation register, allow list, ignored occurrences and audit log.
  3: (file) => ({ ...file, anonymisation: { identifiers: [], allowed: [], ignored: [], log: [] } }),
  // Version 5 adds practitioner events and family conversations, with their notes.
  4: (file) => ({ ...file, events: { events: [], notes: [], themes: [], drafts: [] } }),
  // Version 6 lets the audit log record an overridden publication readiness item: a version 5 file is one already.
  5: (file) => file,
};

export function migrateCaseFile(file: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  let migrated = file;
  for (let version = fromVersion; version < currentCaseFileVersion; version += 1) {
    const step = caseFileMigrations[version];
    if (!step) throw new Error(`No migration from case file version ${version} to ${version + 1}.`);
    migrated = { ...step(migrated), version: version + 1 };
  }
  return migrated;
}
