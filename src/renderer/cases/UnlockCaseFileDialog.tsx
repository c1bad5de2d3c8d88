import { useId, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ModalDialog } from '../ui/ModalDialog';
import { SubmitActions } from '../ui/SubmitActions';
import { unlockCaseFile, type PickedCaseFile } from '../data/case-file-transfer';

// An encrypted case file being imported: its passphrase opens it. A wrong one (or an altered
// file) is said plainly, and nothing is read or written.
export function UnlockCaseFileDialog({
  fileName,
  text,
  onUnlocked,
  onClose,
}: {
  fileName: string;
  text: string;
  onUnlocked: (picked: PickedCaseFile) => Promise<void>;
  onClose: () => void;
}) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const picked = await unlockCaseFile(fileName, text, passphrase);
      onClose();
      await onUnlocked(picked);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setBusy(false);
    }
  }

  return (
    <ModalDialog title="Open an encrypted case file" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p>“{fileName}” is encrypted. Give the passphrase it was exported with.</p>
        <div className="field">
          <label htmlFor={`${id}-pass`}>Passphrase</label>
          <input id={`${id}-pass`} type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoFocus />
        </div>
        <ErrorAlert message={error} />
        <SubmitActions submitLabel={busy ? 'Opening…' : 'Open'} onCancel={onClose} disabled={busy || passphrase === ''} />
      </form>
    </ModalDialog>
  );
}
