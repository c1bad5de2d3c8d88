import { useId, useState, type FormEvent } from 'react';
import { eventTypeLabels, eventTypes, type EventType } from '../../core/events/practitioner-event';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ModalDialog } from '../ui/ModalDialog';
import { SubmitActions } from '../ui/SubmitActions';
import { UkDateInput } from '../ui/UkDateInput';
import type { EventDetails } from '../data/event-repository';

interface EventFormDialogProps {
  title: string;
  submitLabel: string;
  initial: EventDetails | null;
  onSubmit: (details: EventDetails) => Promise<void>;
  onClose: () => void;
}

// The event's type, date and a generic place ("a community venue", never an address).
export function EventFormDialog({ title, submitLabel, initial, onSubmit, onClose }: EventFormDialogProps) {
  const id = useId();
  const [type, setType] = useState<EventType>(initial?.type ?? 'learning-event');
  const [date, setDate] = useState<string | null>(initial?.date ?? null);
  const [dateUnreadable, setDateUnreadable] = useState(false);
  const [place, setPlace] = useState(initial?.place ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!date || dateUnreadable) {
      setError('Give the date of the event, day first (14/02/2021).');
      return;
    }
    setBusy(true);
    try {
      await onSubmit({ type, date, place });
      onClose();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setBusy(false);
    }
  }

  return (
    <ModalDialog title={title} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-type`}>Type of event</label>
          <select id={`${id}-type`} value={type} onChange={(event) => setType(event.target.value as EventType)}>
            {eventTypes.map((option) => (
              <option key={option} value={option}>
                {eventTypeLabels[option]}
              </option>
            ))}
          </select>
        </div>
        <UkDateInput
          label="Date of the event"
          value={date}
          onChange={setDate}
          onValidityChange={setDateUnreadable}
          pickerLabel="Choose the date of the event"
        />
        <div className="field">
          <label htmlFor={`${id}-place`}>Place</label>
          <input id={`${id}-place`} value={place} onChange={(event) => setPlace(event.target.value)} aria-describedby={`${id}-place-hint`} />
          <p className="hint" id={`${id}-place-hint`}>
            Generic, never an address: “a community venue”, “online”, “the family’s home”.
          </p>
        </div>
        <ErrorAlert message={error} />
        <SubmitActions submitLabel={submitLabel} onCancel={onClose} disabled={busy} />
      </form>
    </ModalDialog>
  );
}
