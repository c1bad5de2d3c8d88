import type { ChronologyImport } from '../../../core/chronology/chronology-records';
import { detectColumns, headerSignature, type ColumnMapping } from '../../../core/chronology/column-mapping';
import { fileFingerprint } from '../../../core/chronology/file-fingerprint';
import { agencyFromFileName, readChronologyFile, type ChronologySheet } from '../../../core/chronology/read-chronology-file';
import type { CsprDatabase } from '../../data/db/cspr-database';
import { findImport, rememberedMapping } from '../../data/chronology-repository';

/** One chosen file, read and checked, before anything is saved. */
export type PreparedFile =
  | { kind: 'unreadable'; file: string; message: string }
  | {
      kind: 'ready';
      file: string;
      sheet: ChronologySheet;
      fingerprint: string;
      /** The file has its own agency column. */
      hasAgencyColumn: boolean;
      agency: string;
      mapping: ColumnMapping;
      /** Recognised by header names or remembered: the reviewer need not map columns. */
      mappingKnown: boolean;
      alreadyImported: ChronologyImport | null;
    };

export async function prepareFile(db: CsprDatabase, caseId: string, file: File): Promise<PreparedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const read = await readChronologyFile(file.name, bytes);
  if (!read.ok) return { kind: 'unreadable', file: file.name, message: read.message };
  const detected = detectColumns(read.sheet.headers);
  const agency = agencyFromFileName(file.name);
  const remembered = await rememberedMapping(db, agency, headerSignature(read.sheet.headers));
  const fingerprint = await fileFingerprint(bytes);
  return {
    kind: 'ready',
    file: file.name,
    sheet: read.sheet,
    fingerprint,
    hasAgencyColumn: (remembered ?? detected.mapping).agency !== undefined,
    agency,
    mapping: remembered ?? detected.mapping,
    mappingKnown: remembered !== undefined || detected.confident,
    alreadyImported: (await findImport(db, caseId, fingerprint)) ?? null,
  };
}
