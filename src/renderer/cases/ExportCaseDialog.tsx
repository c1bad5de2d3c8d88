import { useId, useState, type FormEvent } from 'react';
import { newPassphraseProblem } from '../../core/crypto/passphrase-key';
import { useDatabase } from '../data/database-context';
import { useUiStore } from '../app/ui-store';
import { currentPlatform } from '../platform/current-platform';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ModalDialog } from '../ui/ModalDialog';
import { SubmitActions } from '../ui/SubmitActions';
import { exportCaseFile } from '../data/case-file-transfer';
import { recordExport } from '../data/export-log';

// A case file holds special-category data about children: it is encrypted unless the reviewer
// explicitly chooses otherwise.
export function ExportCaseDialog({ caseId, reviewName, onClose }: { caseId: string; reviewName: string; onClose: () => void }) {
  const { db } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [unencrypted, setUnencrypted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = unencrypted ? null : newPassphraseProblem(passphrase, repeat);
    if (problem) return setError(problem);
    setBusy(true);
    setError(null);
    try {
      const fileName = await exportCaseFile(db, currentPlatform, caseId, unencrypted ? null : passphrase);
      if (fileName) recordExport(caseId);
      if (fileName) announce(`Case exported as ${fileName}${unencrypted ? ' (not encrypted)' : ', encrypted'}.`);
      onClose();
    } catch (caught) {
      setError(`The case was not exported: ${caught instanceof Error ? caught.message : String(caught)}`);
      setBusy(false);
    }
  }

  return (
    <ModalDialog title={`Export “${reviewName}”`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        {!unencrypted && (
          <>
            <p>The case file is encrypted (AES-256). Anyone opening it needs this passphrase: it cannot be recovered if it is lost.</p>
            <div className="field">
              <label htmlFor={`${id}-pass`}>Passphrase</label>
              <input
                id={`${id}-pass`}
                type="password"
                autoComplete="new-password"
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
                autoFocus
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-repeat`}>Passphrase again</label>
              <input id={`${id}-repeat`} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
            </div>
          </>
        )}
        <label className="toggle">
          <input type="checkbox" checked={unencrypted} onChange={(e) => setUnencrypted(e.target.checked)} /> Export without encryption
        </label>
        {unencrypted && (
          <p className="warning" role="note">
            Anyone who gets hold of the file can read everything in the case. Only for a file that stays on an encrypted, managed device.
          </p>
        )}
        <ErrorAlert message={error} />
        <SubmitActions submitLabel={busy ? 'Encrypting…' : unencrypted ? 'Export unencrypted' : 'Export encrypted'} onCancel={onClose} disabled={busy} />
      </form>
    </ModalDialog>
  );
}
