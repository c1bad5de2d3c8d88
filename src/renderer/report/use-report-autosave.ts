import type { Editor } from '@tiptap/react';
import { useEffect, useRef, type RefObject } from 'react';
import type { ReportDocument } from '../../core/report/report-document';
import type { CsprDatabase } from '../data/db/cspr-database';
import { DebouncedSaver } from '../data/debounced-saver';
import { saveReportContent } from '../data/report-repository';
import { useReportUiStore } from './report-ui-store';

/**
 * Saves the editor's document to IndexedDB soon after every change (at most about a second
 * later), and at once when the page is hidden, closed or reloaded. The document is serialised in
 * the save, never on the typing path.
 */
export function useReportAutosave(editor: Editor | null, db: CsprDatabase, caseId: string, enabled: boolean): RefObject<DebouncedSaver | null> {
  const saverRef = useRef<DebouncedSaver | null>(null);

  useEffect(() => {
    if (!editor || !enabled) return;
    const setStatus = useReportUiStore.getState().setSaveStatus;
    const saver = new DebouncedSaver(() => saveReportContent(db, caseId, editor.getJSON() as ReportDocument), setStatus);
    saverRef.current = saver;
    setStatus({ state: 'saved' });
    const onUpdate = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (transaction.docChanged) saver.markDirty();
    };
    // Hidden, closed or reloaded: the pending saves are flushed (data/pending-saves.ts).
    const flush = () => void saver.flush().catch(() => undefined);
    editor.on('update', onUpdate);
    editor.on('blur', flush);
    return () => {
      editor.off('update', onUpdate);
      editor.off('blur', flush);
      void saver.dispose().catch(() => undefined);
      saverRef.current = null;
    };
  }, [editor, db, caseId, enabled]);

  // The ref itself: its current saver is read in event handlers, never during render.
  return saverRef;
}
