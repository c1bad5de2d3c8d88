import { EditorContent, useEditor } from '@tiptap/react';
import { useMemo } from 'react';
import type { ReportVersion } from '../../../core/report/report-record';
import { formatLongUkDate } from '../../../core/dates/format-uk-date';
import { ModalDialog } from '../../ui/ModalDialog';
import { reportEditorAttributes, reportExtensions } from '../editor/report-extensions';
import { TitlePageSummary } from '../TitlePageSummary';
import { formatUkTimestamp } from './format-timestamp';

// A saved version, read-only: the same editor and numbering as the live report, not editable.
export function VersionViewer({ version, onClose }: { version: ReportVersion; onClose: () => void }) {
  const extensions = useMemo(() => reportExtensions(), []);
  const editor = useEditor(
    {
      extensions,
      content: version.content,
      editable: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes: reportEditorAttributes },
    },
    [version.id],
  );
  return (
    <ModalDialog title={`Version “${version.label}” (read-only)`} onClose={onClose} className="version-viewer">
      <p className="hint">Saved {formatUkTimestamp(version.createdAt)}. This copy cannot be changed.</p>
      <TitlePageSummary titlePage={version.titlePage} />
      {editor && <EditorContent editor={editor} className="report-editor-frame" />}
      {version.recommendations.length > 0 && (
        <>
          <h3>Recommendations in this version</h3>
          <ol>
            {version.recommendations.map((recommendation) => (
              <li key={recommendation.id}>
                {recommendation.text}
                {recommendation.targetDate && <span className="hint"> — by {formatLongUkDate(recommendation.targetDate)}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
