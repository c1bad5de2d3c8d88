import { useDatabase } from '../data/database-context';
import { useUiStore } from '../app/ui-store';
import { currentPlatform } from '../platform/current-platform';
import { pickCaseFile, type PickedCaseFile } from '../data/case-file-transfer';
import { useCaseDialogStore } from './case-dialog-store';
import { getCase, importCase, setCaseArchived } from '../data/case-repository';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// The case commands, each reporting its outcome in the announcement region.
export function useCaseCommands() {
  const { db } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  const openDialog = useCaseDialogStore((state) => state.open);

  /** Goes on with a picked (or unlocked) case file: asked for its passphrase, refused, confirmed, or imported. */
  async function continueImport(picked: PickedCaseFile) {
    if (picked.kind === 'cancelled') return;
    if (picked.kind === 'encrypted') {
      openDialog({ kind: 'unlock-import', fileName: picked.fileName, text: picked.text });
      return;
    }
    if (picked.kind === 'invalid') {
      openDialog({ kind: 'import', state: { kind: 'invalid', fileName: picked.fileName, errors: picked.errors } });
      return;
    }
    const existing = await getCase(db, picked.file.case.id);
    if (existing) {
      openDialog({ kind: 'import', state: { kind: 'conflict', fileName: picked.fileName, file: picked.file, existingName: existing.reviewName } });
      return;
    }
    const record = await importCase(db, picked.file, { kind: 'keep-id' });
    announce(`“${record.reviewName}” imported.`);
  }

  return {
    /** Asks for the passphrase (or, explicitly, none) and exports. */
    exportCase(caseId: string) {
      openDialog({ kind: 'export', caseId });
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
        await continueImport(await pickCaseFile(currentPlatform));
      } catch (error) {
        announce(`The case file was not imported: ${messageOf(error)}`, 'error');
      }
    },
    continueImport,
  };
}
