import { useId, useState, type FormEvent } from 'react';
import { newPassphraseProblem } from '../../core/crypto/passphrase-key';
import { rewrapVault } from '../../core/crypto/vault-key';
import { useUiStore } from '../app/ui-store';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ModalDialog } from '../ui/ModalDialog';
import { SubmitActions } from '../ui/SubmitActions';
import { sessionVault, setSessionKey } from '../data/session-key';
import { readVault, writeVault } from '../data/vault-store';

// A new passphrase wraps the same database key: nothing is re-encrypted, and older backups still
// open with the passphrase they were made under.
export function ChangePassphraseDialog({ onClose }: { onClose: () => void }) {
  const announce = useUiStore((state) => state.announce);
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = newPassphraseProblem(next, repeat);
    if (problem) return setError(problem);
    setBusy(true);
    setError(null);
    try {
      const record = await readVault();
      const session = sessionVault();
      if (!record || !session) throw new Error('CSPR Desk is locked: unlock it first.');
      const rewrapped = await rewrapVault(record, current, next);
      await writeVault(rewrapped);
      setSessionKey(session.dataKey, rewrapped);
      announce('Passphrase changed. Use the new one from now on; backups made before open with the old one.');
      onClose();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setBusy(false);
    }
  }

  return (
    <ModalDialog title="Change the passphrase" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-current`}>Current passphrase</label>
          <input id={`${id}-current`} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} autoFocus />
        </div>
        <div className="field">
          <label htmlFor={`${id}-next`}>New passphrase</label>
          <input id={`${id}-next`} type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-repeat`}>New passphrase again</label>
          <input id={`${id}-repeat`} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
        </div>
        <ErrorAlert message={error} />
        <SubmitActions submitLabel={busy ? 'Changing…' : 'Change passphrase'} onCancel={onClose} disabled={busy} />
      </form>
    </ModalDialog>
  );
}
