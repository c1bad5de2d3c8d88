import { useId, useState } from 'react';
import type { CaseRecord } from '../../core/cases/case-record';
import { eventNotesFileName, eventNotesMarking } from '../../core/export/build-event-notes-docx';
import type { PractitionerEvent } from '../../core/events/practitioner-event';
import { logDecision } from '../data/anonymisation-repository';
import { useDatabase } from '../data/database-context';
import { useUiStore } from '../app/ui-store';
import { eventNotesInWorker } from '../export/export-in-worker';
import { currentPlatform } from '../platform/current-platform';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ModalDialog } from '../ui/ModalDialog';
import { listNotes, listThemes } from '../data/event-repository';

const docxFilter = [{ name: 'Word document', extensions: ['docx'] }];

// The notes as a restricted Word document for those who attended: marked on every page, roles
// and agencies only (never names), and recorded in the anonymisation log.
export function ExportNotesDialog({ record, event, onClose }: { record: CaseRecord; event: PractitionerEvent; onClose: () => void }) {
  const { db } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  const id = useId();
  const [byTheme, setByTheme] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function exportNotes() {
    setBusy(true);
    try {
      const [notes, themes] = await Promise.all([listNotes(db, event.id), listThemes(db, record.id)]);
      const bytes = await eventNotesInWorker({ reviewName: record.reviewName, event, notes, themes, groupByTheme: byTheme });
      const name = eventNotesFileName(record.reviewName, event);
      const result = await currentPlatform.saveFile({ suggestedName: name, contents: bytes, filters: docxFilter });
      if (result.saved) {
        await logDecision(db, record.id, 'restricted-export', {
          text: result.fileName ?? name,
          reason: 'Event notes for those who attended',
          count: notes.length,
        });
        announce(`Notes exported as ${result.fileName ?? name} (restricted).`);
        onClose();
      } else setBusy(false);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setBusy(false);
    }
  }

  return (
    <ModalDialog title="Export the notes (restricted)" onClose={onClose}>
      <p>
        A Word document of this event’s notes, for circulation to those who attended. Every page is marked “{eventNotesMarking}”. Attendees are listed by role
        and agency; names are left out. The notes are exported as taken, not anonymised, and the export is recorded in the anonymisation log.
      </p>
      <label htmlFor={`${id}-by-theme`} className="toggle">
        <input id={`${id}-by-theme`} type="checkbox" checked={byTheme} onChange={(change) => setByTheme(change.target.checked)} /> Group the notes by theme
      </label>
      <ErrorAlert message={error} />
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void exportNotes()}>
          Export restricted notes
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
