import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import type { CaseRecord } from '../../../core/cases/case-record';
import { isOwnWords, type SendForm } from '../../../core/events/notes-to-report';
import type { EventNote, PractitionerEvent } from '../../../core/events/practitioner-event';
import { sectionLabels } from '../../../core/report/paragraph-numbering';
import { emptyReportDocument } from '../../../core/report/empty-report-document';
import { useDatabase } from '../../data/database-context';
import { useUiStore } from '../../app/ui-store';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ModalDialog } from '../../ui/ModalDialog';
import { SubmitActions } from '../../ui/SubmitActions';
import { getReportContent } from '../../data/report-content-store';
import { sendNotesToReport } from '../../data/event-repository';

const forms: { form: SendForm; label: string }[] = [
  { form: 'automatic', label: 'Paragraphs, with the child’s or family’s own words as quotes (#voiceofchild, #family, or in quotation marks)' },
  { form: 'paragraphs', label: 'All as paragraphs' },
  { form: 'quotes', label: 'All as quotes' },
];

/**
 * Sends the chosen notes to the end of a report section as draft paragraphs or quotes. The report
 * is edited by one window at a time: while it is open for editing elsewhere, sending waits.
 */
export function SendToReportDialog({
  record,
  event,
  notes,
  onSent,
  onClose,
}: {
  record: CaseRecord;
  event: PractitionerEvent;
  notes: readonly EventNote[];
  onSent: () => void;
  onClose: () => void;
}) {
  const { db } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  const id = useId();
  const report = useLiveQuery(async () => (await getReportContent(db, record.id))?.content ?? emptyReportDocument(), [db, record.id]);
  const sections = report?.content ?? [];
  const labels = sectionLabels(sections);
  const [sectionKey, setSectionKey] = useState('analysis');
  const [form, setForm] = useState<SendForm>('automatic');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const quotes = form === 'quotes' ? notes.length : form === 'paragraphs' ? 0 : notes.filter(isOwnWords).length;

  async function send(submit: FormEvent) {
    submit.preventDefault();
    setBusy(true);
    try {
      const send = () => sendNotesToReport(db, record, event, notes, sectionKey, form);
      // The same lock the report editor holds: never write under an open editor.
      const title = navigator.locks
        ? await navigator.locks.request(`cspr-desk:report:${record.id}`, { ifAvailable: true }, async (lock) => {
            if (!lock)
              throw new Error('The report is open for editing in another window or tab. Close it there (or send the notes from there), then try again.');
            return send();
          })
        : await send();
      announce(`${notes.length} ${notes.length === 1 ? 'note' : 'notes'} sent to the report, at the end of “${title}”.`);
      onSent();
      onClose();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setBusy(false);
    }
  }

  return (
    <ModalDialog title={`Send ${notes.length} ${notes.length === 1 ? 'note' : 'notes'} to the report`} onClose={onClose}>
      <form onSubmit={send} noValidate>
        <div className="field">
          <label htmlFor={`${id}-section`}>Section</label>
          <select id={`${id}-section`} value={sectionKey} onChange={(change) => setSectionKey(change.target.value)}>
            {sections.map((section, index) => (
              <option key={section.attrs.key} value={section.attrs.key}>
                {labels[index]}. {section.attrs.title}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend>Add them as</legend>
          {forms.map((option) => (
            <label key={option.form} className="radio-option">
              <input type="radio" name={`${id}-form`} value={option.form} checked={form === option.form} onChange={() => setForm(option.form)} /> {option.label}
            </label>
          ))}
        </fieldset>
        <p className="hint">
          They go at the end of the section, in the order taken ({notes.length - quotes} as paragraphs, {quotes} as quotes), each with a link back to its note.
          The links are never exported.
        </p>
        {notes.some((note) => note.sentTo) && (
          <p className="hint warning">{notes.filter((note) => note.sentTo).length} of these notes are already in the report: they will go in again.</p>
        )}
        <ErrorAlert message={error} />
        <SubmitActions submitLabel="Send to report" onCancel={onClose} disabled={busy || sections.length === 0} />
      </form>
    </ModalDialog>
  );
}
