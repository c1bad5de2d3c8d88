import Dexie, { type Table } from 'dexie';
import type { ChronologyEntry } from '../../../core/chronology/chronology-entry';
import type { ChronologyImport, ChronologyProblem, RememberedMapping } from '../../../core/chronology/chronology-records';
import type { KeyPracticeEpisode } from '../../../core/chronology/key-practice-episode';
import type { AllowedPhrase, AnonymisationDecision, IgnoredFinding, StoredIdentifier } from '../../../core/anonymise/anonymisation-records';
import type { CaseRecord } from '../../../core/cases/case-record';
import type { Agency, Recommendation } from '../../../core/report/recommendation';
import type { ReportRecord, ReportVersion } from '../../../core/report/report-record';
import type { ReportDocument } from '../../../core/report/report-document';
import type { EventNote, NoteDraft, NoteTheme, PractitionerEvent } from '../../../core/events/practitioner-event';
import type { RecordCipher } from '../../../core/crypto/record-cipher';
import { ChangedCases } from './changed-cases';
import { encryptionMiddleware } from './encryption-middleware';
import { readOnlyGuard } from './read-only-guard';
import { schemaVersions } from './schema-versions';

export const databaseName = 'cspr-desk';

export interface MetaRow {
  key: 'written-by';
  schemaVersion: number;
  appVersion: string;
  writtenAt: string;
}

/**
 * The report body as stored. Sealed, it is one piece of JSON text holding the body as it is (see
 * report-repository's autosave), so reading it is one parse. Rows written before version 0.2 of
 * this layout hold the body as JSON text inside that text (`contentJson`), read as well.
 */
export interface StoredReportContent {
  caseId: string;
  content?: ReportDocument;
  contentJson?: string;
  updatedAt: string;
}

export class CsprDatabase extends Dexie {
  cases!: Table<CaseRecord, string>;
  meta!: Table<MetaRow, string>;
  reports!: Table<ReportRecord, string>;
  reportContents!: Table<StoredReportContent, string>;
  reportVersions!: Table<ReportVersion, string>;
  recommendations!: Table<Recommendation, string>;
  agencies!: Table<Agency, string>;
  chronologyEntries!: Table<ChronologyEntry, string>;
  chronologyProblems!: Table<ChronologyProblem, string>;
  chronologyImports!: Table<ChronologyImport, string>;
  episodes!: Table<KeyPracticeEpisode, string>;
  identifiers!: Table<StoredIdentifier, string>;
  allowedPhrases!: Table<AllowedPhrase, string>;
  ignoredFindings!: Table<IgnoredFinding, string>;
  anonymisationLog!: Table<AnonymisationDecision, string>;
  events!: Table<PractitionerEvent, string>;
  eventNotes!: Table<EventNote, string>;
  noteThemes!: Table<NoteTheme, string>;
  /** Keyed by event id: the note being typed in capture mode. */
  noteDrafts!: Table<NoteDraft, string>;
  /** Not case data: which column holds what, per agency and file layout. */
  columnMappings!: Table<RememberedMapping, string>;
  /** Which cases were written to lately, for automatic backups. */
  readonly changedCases = new ChangedCases();
  /** Set when the data was written by a newer version of the app: every write is refused. */
  readOnlyReason: string | null = null;

  /** `cipher`, when given, stores case data encrypted with the unlocked key (see encryption-middleware). */
  constructor(name: string = databaseName, versions = schemaVersions, cipher?: () => RecordCipher | null) {
    super(name);
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    if (cipher) this.use(encryptionMiddleware(cipher, plainTables));
    this.use(this.changedCases.middleware());
    this.use(readOnlyGuard(() => this.readOnlyReason));
  }
}

/** Stored in the clear: which app version wrote the data, and remembered column layouts (no case data). */
export const plainTables: ReadonlySet<string> = new Set(['meta', 'columnMappings']);

/** Tables holding data that belongs to one case (keyed by `caseId`); deleting a case empties them all. */
export const caseScopedTables: readonly string[] = [
  'reports',
  'reportContents',
  'reportVersions',
  'recommendations',
  'agencies',
  'chronologyEntries',
  'chronologyProblems',
  'chronologyImports',
  'episodes',
  'identifiers',
  'allowedPhrases',
  'ignoredFindings',
  'anonymisationLog',
  'events',
  'eventNotes',
  'noteThemes',
  'noteDrafts',
];
