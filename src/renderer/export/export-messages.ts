import type { CaseFile } from '../../core/case-file/case-file-format';
import type { EventNotesExport } from '../../core/export/build-event-notes-docx';
import type { PublishRequest, PublishResult } from '../../core/export/publish';
import type { Result } from '../../core/result';

// What the page asks the export worker for, and what comes back.

export type ExportRequest = { kind: 'publish'; file: CaseFile; request: PublishRequest } | { kind: 'event-notes'; input: EventNotesExport };

export type ExportOutcome = { kind: 'publish'; result: PublishResult } | { kind: 'event-notes'; bytes: Uint8Array };

export type ExportResponse = Result<{ outcome: ExportOutcome }>;
