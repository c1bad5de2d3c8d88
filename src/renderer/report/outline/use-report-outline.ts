import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { reportOutline, type ReportOutline } from './report-outline';

/** The outline, recomputed a moment after typing stops rather than on every keystroke. */
export function useReportOutline(editor: Editor | null, completedSections: readonly string[], delayMs = 300): ReportOutline {
  const [outline, setOutline] = useState<ReportOutline>(() => (editor ? reportOutline(editor.state.doc, completedSections) : { sections: [], totalWords: 0 }));
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const compute = () => setOutline(reportOutline(editor.state.doc, completedSections));
    compute();
    const onUpdate = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(compute, delayMs);
    };
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [editor, completedSections, delayMs]);
  return outline;
}
