import { useId, useState, type FormEvent } from 'react';
import { ModalDialog } from './ModalDialog';
import { ErrorAlert } from './ErrorAlert';
import { SubmitActions } from './SubmitActions';

interface TextPromptDialogProps {
  title: string;
  label: string;
  initial?: string;
  submitLabel: string;
  onSubmit: (value: string) => Promise<void> | void;
  onClose: () => void;
}

/** Asks for one line of text (a name, a title); refuses an empty answer. */
export function TextPromptDialog({ title, label, initial = '', submitLabel, onSubmit, onClose }: TextPromptDialogProps) {
  const id = useId();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (value.trim() === '') {
      setError(`${label} cannot be empty.`);
      return;
    }
    try {
      await onSubmit(value.trim());
      onClose();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  return (
    <ModalDialog title={title} onClose={onClose}>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-value`}>{label}</label>
          <input id={`${id}-value`} value={value} onChange={(event) => setValue(event.target.value)} autoFocus maxLength={200} />
        </div>
        <ErrorAlert message={error} />
        <SubmitActions submitLabel={submitLabel} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
