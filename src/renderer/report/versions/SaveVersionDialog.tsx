import { useId, useState, type FormEvent } from 'react';
import { ModalDialog } from '../../ui/ModalDialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SubmitActions } from '../../ui/SubmitActions';

interface SaveVersionDialogProps {
  suggestedLabel: string;
  onSave: (label: string) => Promise<void>;
  onClose: () => void;
}

export function SaveVersionDialog({ suggestedLabel, onSave, onClose }: SaveVersionDialogProps) {
  const id = useId();
  const [label, setLabel] = useState(suggestedLabel);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await onSave(label);
      onClose();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  return (
    <ModalDialog title="Save a version" onClose={onClose}>
      <form onSubmit={submit}>
        <p>A version is a copy of the report and its recommendations as they are now. It cannot be changed later, only viewed or restored.</p>
        <div className="field">
          <label htmlFor={`${id}-label`}>Version label</label>
          <input id={`${id}-label`} value={label} onChange={(event) => setLabel(event.target.value)} autoFocus placeholder="v0.4 to panel" />
        </div>
        <ErrorAlert message={error} />
        <SubmitActions submitLabel="Save version" onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
