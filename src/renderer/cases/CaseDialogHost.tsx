import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../data/database-context';
import { useUiStore } from '../app/ui-store';
import { useCaseDialogStore } from './case-dialog-store';
import { createCase, deleteCase, getCase, importCase, updateCaseDetails } from '../data/case-repository';
import { CaseFormDialog, emptyCaseDetails } from './CaseFormDialog';
import { DeleteCaseDialog } from './DeleteCaseDialog';
import { ExportCaseDialog } from './ExportCaseDialog';
import { ImportCaseDialog } from './ImportCaseDialog';
import { UnlockCaseFileDialog } from './UnlockCaseFileDialog';
import { useCaseCommands } from './use-case-commands';

// Renders whichever case dialog is open, wherever it was opened from.
export function CaseDialogHost() {
  const { db } = useDatabase();
  const dialog = useCaseDialogStore((state) => state.dialog);
  const close = useCaseDialogStore((state) => state.close);
  const announce = useUiStore((state) => state.announce);
  const navigate = useUiStore((state) => state.navigate);
  const route = useUiStore((state) => state.route);
  const commands = useCaseCommands();
  const caseId = dialog && (dialog.kind === 'edit' || dialog.kind === 'delete' || dialog.kind === 'export') ? dialog.caseId : null;
  const record = useLiveQuery(() => (caseId ? getCase(db, caseId) : undefined), [db, caseId]);

  if (!dialog) return null;
  switch (dialog.kind) {
    case 'create':
      return (
        <CaseFormDialog
          title="New case"
          submitLabel="Create case"
          initial={emptyCaseDetails}
          onClose={close}
          onSubmit={async (details) => {
            const created = await createCase(db, details);
            announce(`“${created.reviewName}” created.`);
          }}
        />
      );
    case 'edit':
      if (!record) return null;
      return (
        <CaseFormDialog
          title={`Edit “${record.reviewName}”`}
          submitLabel="Save changes"
          initial={record}
          onClose={close}
          onSubmit={async (details) => {
            await updateCaseDetails(db, record.id, details);
            announce(`“${details.reviewName.trim()}” saved.`);
          }}
        />
      );
    case 'delete':
      if (!record) return null;
      return (
        <DeleteCaseDialog
          reviewName={record.reviewName}
          onClose={close}
          onConfirm={async () => {
            await deleteCase(db, record.id);
            if (route.name === 'case' && route.caseId === record.id) navigate({ name: 'cases' });
            announce(`“${record.reviewName}” deleted.`);
          }}
        />
      );
    case 'export':
      if (!record) return null;
      return <ExportCaseDialog caseId={record.id} reviewName={record.reviewName} onClose={close} />;
    case 'unlock-import':
      return (
        <UnlockCaseFileDialog
          fileName={dialog.fileName}
          text={dialog.text}
          onClose={close}
          onUnlocked={(picked) =>
            commands
              .continueImport(picked)
              .catch((error: unknown) => announce(`The case file was not imported: ${error instanceof Error ? error.message : String(error)}`, 'error'))
          }
        />
      );
    case 'import':
      return (
        <ImportCaseDialog
          state={dialog.state}
          onClose={close}
          onImport={async (file, mode) => {
            const imported = await importCase(db, file, mode);
            announce(
              mode.kind === 'replace-existing' ? `“${imported.reviewName}” replaced from the file.` : `“${imported.reviewName}” imported as a new case.`,
            );
          }}
        />
      );
  }
}
