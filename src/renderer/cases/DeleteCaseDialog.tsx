import { useId, useState, type FormEvent } from 'react';
import { ModalDialog } from '../ui/ModalDialog';
import { ErrorAlert } from '../ui/ErrorAlert';
import { SubmitActions } from '../ui/SubmitActions';

interface DeleteCaseDialogProps {
  reviewName: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

// Deleting is final and this is sensitive data: the reviewer types the review name to confirm.
export function DeleteCaseDialog({ reviewName, onConfirm, onClose }: DeleteCaseDialogProps) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const matches = typed.trim() === reviewName.trim();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!matches) return;
    try {
      await onConfirm();
      onClose();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  return (
    <ModalDialog title={`Delete “${reviewName}”`} onClose={onClose}>
      <form onSubmit={submit}>
        <p>This deletes the case and everything in it from this computer. It cannot be undone. Export a case file first if you may need it again.</p>
        <div className="field">
          <label htmlFor={`${id}-confirm`}>
            Type the review name, <strong>{reviewName}</strong>, to confirm
          </label>
          <input id={`${id}-confirm`} value={typed} onChange={(event) => setTyped(event.target.value)} autoFocus autoComplete="off" />
        </div>
        <ErrorAlert message={error} />
        <SubmitActions submitLabel="Delete case" onCancel={onClose} danger disabled={!matches} />
      </form>
    </ModalDialog>
  );
}
