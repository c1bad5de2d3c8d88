import { useDatabase } from '../app/database-context';
import { useUiStore } from '../app/ui-store';
import { currentPlatform } from '../platform/current-platform';
import { exportCaseFile, pickCaseFile } from './case-file-transfer';
import { useCaseDialogStore } from './case-dialog-store';
import { importCase, setCaseArchived } from './case-repository';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// The case commands, each reporting its outcome in the announcement region.
export function useCaseCommands() {
  const { db } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  const openDialog = useCaseDialogStore((state) => state.open);

  return {
    async exportCase(caseId: string) {
      try {
        const fileName = await exportCaseFile(db, currentPlatform, caseId);
        if (fileName) announce(`Case exported as ${fileName}.`);
      } catch (error) {
        announce(`The case was not exported: ${messageOf(error)}`, 'error');
      }
    },
    async setArchived(caseId: string, reviewName: string, archived: boolean) {
      try {
        await setCaseArchived(db, caseId, archived);
        announce(archived ? `“${reviewName}” archived.` : `“${reviewName}” restored from the archive.`);
      } catch (error) {
        announce(`Nothing changed: ${messageOf(error)}`, 'error');
      }
    },
    async importCaseFile() {
      try {
        const picked = await pickCaseFile(currentPlatform);
        if (picked.kind === 'cancelled') return;
        if (picked.kind === 'invalid') {
          openDialog({ kind: 'import', state: { kind: 'invalid', fileName: picked.fileName, errors: picked.errors } });
          return;
        }
        const existing = await db.cases.get(picked.file.case.id);
        if (existing) {
          openDialog({
            kind: 'import',
            state: { kind: 'conflict', fileName: picked.fileName, file: picked.file, existingName: existing.reviewName },
          });
          return;
        }
        const record = await importCase(db, picked.file, { kind: 'keep-id' });
        announce(`“${record.reviewName}” imported.`);
      } catch (error) {
        announce(`The case file was not imported: ${messageOf(error)}`, 'error');
      }
    },
  };
}
