import { useState } from 'react';
import type { CaseFile } from '../../core/case-file/case-file-format';
import { ModalDialog } from '../ui/ModalDialog';
import type { ImportMode } from '../data/case-repository';
import { ErrorAlert } from '../ui/ErrorAlert';

export type ImportDialogState =
  { kind: 'invalid'; fileName: string; errors: string[] } | { kind: 'conflict'; fileName: string; file: CaseFile; existingName: string };

interface ImportCaseDialogProps {
  state: ImportDialogState;
  onImport: (file: CaseFile, mode: ImportMode) => Promise<void>;
  onClose: () => void;
}

// Shown when an import cannot simply go ahead: a file that is not valid, or one whose case is
// already here (replace only after a second, explicit confirmation).
export function ImportCaseDialog({ state, onImport, onClose }: ImportCaseDialogProps) {
  const [confirmingReplace, setConfirmingReplace] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (state.kind === 'invalid') {
    return (
      <ModalDialog title="This file cannot be imported" onClose={onClose}>
        <p>“{state.fileName}” was not imported, and nothing has changed. What is wrong:</p>
        <ul className="error-list" aria-label="Problems found in the file">
          {state.errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={onClose} autoFocus>
            Close
          </button>
        </div>
      </ModalDialog>
    );
  }

  const run = async (mode: ImportMode) => {
    try {
      await onImport(state.file, mode);
      onClose();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };

  return (
    <ModalDialog title="This case is already here" onClose={onClose}>
      <p>
        “{state.fileName}” holds the case “{state.file.case.reviewName}”, which is already on this computer as “{state.existingName}”.
      </p>
      {confirmingReplace ? (
        <p className="warning">Replacing overwrites everything in “{state.existingName}” with the file’s contents. This cannot be undone.</p>
      ) : (
        <p>Import it as a new, separate case, or replace the existing one.</p>
      )}
      <ErrorAlert message={error} />
      <div className="dialog-actions">
        {confirmingReplace ? (
          <button type="button" className="danger" onClick={() => run({ kind: 'replace-existing' })} autoFocus>
            Yes, replace the existing case
          </button>
        ) : (
          <>
            <button type="button" className="primary" onClick={() => run({ kind: 'as-new' })} autoFocus>
              Import as a new case
            </button>
            <button type="button" onClick={() => setConfirmingReplace(true)}>
              Replace existing case…
            </button>
          </>
        )}
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
