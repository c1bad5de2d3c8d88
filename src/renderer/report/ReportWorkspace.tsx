import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import type { ReportDocument } from '../../core/report/report-document';
import type { ReportRecord, ReportVersion } from '../../core/report/report-record';
import { useDatabase } from '../data/database-context';
import { useUiStore } from '../app/ui-store';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { TextPromptDialog } from '../ui/TextPromptDialog';
import { reportEditorAttributes, reportExtensions } from './editor/report-extensions';
import { setReportContent } from './editor/section-protection';
import { EditorToolbar } from './EditorToolbar';
import { FindReplacePanel } from './find/FindReplacePanel';
import { SectionGuidance } from './outline/SectionGuidance';
import { SectionNavigator } from './outline/SectionNavigator';
import type { OutlineSection } from './outline/report-outline';
import { useReportOutline } from './outline/use-report-outline';
import { restoreReportVersion, saveReportVersion, saveTitlePage, setSectionComplete } from '../data/report-repository';
import { useShallow } from 'zustand/react/shallow';
import { useReportUiStore } from './report-ui-store';
import { SaveIndicator } from './SaveIndicator';
import { TitlePageDialog } from './TitlePageDialog';
import { TitlePageSummary } from './TitlePageSummary';
import { useReportAutosave } from './use-report-autosave';
import { SaveVersionDialog } from './versions/SaveVersionDialog';
import { VersionsDialog } from './versions/VersionsDialog';
import { useCaseChecker } from '../data/use-case-checker';
import { AnonymisationPanel } from './review/AnonymisationPanel';
import { childBirth } from './review/child-birth';
import { PanelSplitter } from './review/PanelSplitter';
import { revealTarget } from './reveal-target';
import { ChronologyReferenceDialog } from './ChronologyReferenceDialog';
import { getReportContent } from '../data/report-content-store';
import { scanDocumentInSlices, setAnonymisationChecker } from './editor/anonymisation-highlight';
import { followLink } from './follow-link';
import './editor/report-editor.css';

interface ReportWorkspaceProps {
  caseId: string;
  initialContent: ReportDocument;
  report: ReportRecord;
  readOnly: boolean;
  heldElsewhere: boolean;
  onRetryLock: () => void;
  /** Where to open the report: "paragraph:2.3", "section:analysis" or "title-page" (from a link elsewhere). */
  target?: string;
}

type AppendixDialog = { kind: 'add' } | { kind: 'rename'; section: OutlineSection } | { kind: 'remove'; section: OutlineSection } | null;

export function ReportWorkspace({ caseId, initialContent, report, readOnly, heldElsewhere, onRetryLock, target }: ReportWorkspaceProps) {
  const { db } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  // Only what this screen shows: the save status changes while typing, and must not re-render it.
  const { dialog, openDialog, findOpen, setFindOpen } = useReportUiStore(
    useShallow((state) => ({ dialog: state.dialog, openDialog: state.openDialog, findOpen: state.findOpen, setFindOpen: state.setFindOpen })),
  );
  const [appendixDialog, setAppendixDialog] = useState<AppendixDialog>(null);
  const extensions = useMemo(() => reportExtensions(), []);

  // The editor is created once per case and holds the document; React never re-renders on typing.
  const editor = useEditor(
    {
      extensions,
      content: initialContent,
      editable: !readOnly,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: reportEditorAttributes,
        // A reference to the chronology opens it, and a link back to a note opens the note: by
        // click, or Enter when the reference or link is selected.
        handleClickOn: (_view, _pos, node) => followLink(caseId, node),
        handleKeyDown: (view, event) => {
          const { selection } = view.state;
          return event.key === 'Enter' && selection instanceof NodeSelection && followLink(caseId, selection.node);
        },
      },
    },
    [caseId, extensions, readOnly],
  );
  const saverRef = useReportAutosave(editor, db, caseId, !readOnly);

  // A window that may not edit follows the editing window's saves, read-only.
  const liveContent = useLiveQuery(() => (heldElsewhere ? getReportContent(db, caseId) : undefined), [db, caseId, heldElsewhere]);
  useEffect(() => {
    if (editor && heldElsewhere && liveContent) setReportContent(editor, liveContent.content);
  }, [editor, heldElsewhere, liveContent]);

  const activeKey = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      if (!current) return null;
      const { $from } = current.state.selection;
      return $from.depth >= 1 ? (($from.node(1).attrs.key as string | undefined) ?? null) : null;
    },
  });
  const outline = useReportOutline(editor, report.completedSections);
  const [checkOpen, setCheckOpen] = useState(false);
  const [panelWidth, setPanelWidth] = useState(380);
  const { checker, ignored, identifiers } = useCaseChecker(db, caseId);
  const birthKey = JSON.stringify(childBirth(identifiers, report.titlePage.reviewName));
  const birth = useMemo(() => JSON.parse(birthKey) as ReturnType<typeof childBirth>, [birthKey]);
  // The register's findings are highlighted as the reviewer types.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(setAnonymisationChecker(editor.state.tr, checker, ignored));
    return scanDocumentInSlices(editor.view);
  }, [editor, checker, ignored]);

  // A link from elsewhere (the export's list of findings) opens the report where it points.
  useEffect(() => {
    if (!editor || editor.isDestroyed || !target) return;
    if (target === 'title-page') openDialog('title-page');
    else revealTarget(editor, target);
  }, [editor, target, openDialog]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && (event.key === 'f' || event.key === 'h')) {
        event.preventDefault();
        setFindOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setFindOpen]);

  if (!editor) return null;

  const jumpTo = (section: OutlineSection) => {
    const selection = TextSelection.near(editor.state.doc.resolve(section.pos + 1));
    editor.chain().setTextSelection(selection.from).scrollIntoView().focus().run();
    editor.view.dom.querySelector(`[data-section-key="${CSS.escape(section.key)}"]`)?.scrollIntoView({ block: 'start' });
  };

  const restore = async (version: ReportVersion) => {
    await saverRef.current?.flush();
    await restoreReportVersion(db, caseId, version.id);
    setReportContent(editor, version.content);
    announce(`“${version.label}” restored. The previous state was saved as a version.`);
  };

  return (
    <section className="report-screen" aria-labelledby="report-title">
      <div className="screen-header">
        <h1 id="report-title">Report</h1>
        {!readOnly && <SaveIndicator />}
        <div className="toolbar">
          <button type="button" onClick={() => openDialog('title-page')} disabled={readOnly}>
            Title page…
          </button>
          <button type="button" onClick={() => setFindOpen(!findOpen)} aria-expanded={findOpen} aria-keyshortcuts="Control+F">
            Find and replace
          </button>
          <button type="button" onClick={() => openDialog('save-version')} disabled={readOnly}>
            Save version…
          </button>
          <button type="button" onClick={() => openDialog('versions')}>
            Versions
          </button>
          <button type="button" onClick={() => setCheckOpen(!checkOpen)} aria-expanded={checkOpen}>
            Check anonymisation
          </button>
        </div>
      </div>
      {heldElsewhere && (
        <div className="banner banner-warning" role="alert">
          This report is open for editing in another window or tab. It is read-only here, and follows that window’s changes, so neither copy overwrites the
          other.{' '}
          <button type="button" onClick={onRetryLock}>
            Edit here instead
          </button>
        </div>
      )}
      <div className={`report-layout${checkOpen ? ' checking' : ''}`} style={{ '--panel-width': `${panelWidth}px` } as CSSProperties}>
        <SectionNavigator
          outline={outline}
          activeKey={activeKey}
          readOnly={readOnly}
          onJump={jumpTo}
          onToggleComplete={(section, complete) =>
            void setSectionComplete(db, caseId, section.key, complete).catch((error: unknown) => announce(String(error), 'error'))
          }
          onAddAppendix={() => setAppendixDialog({ kind: 'add' })}
          onRenameAppendix={(section) => setAppendixDialog({ kind: 'rename', section })}
          onRemoveAppendix={(section) => setAppendixDialog({ kind: 'remove', section })}
        />
        <div className="report-main">
          <TitlePageSummary titlePage={report.titlePage} />
          <SectionGuidance sectionKey={activeKey} caseId={caseId} />
          <div className="editor-bar">
            <EditorToolbar editor={editor} />
            <button type="button" className="insert-reference" disabled={readOnly} onClick={() => openDialog('chronology-reference')}>
              Refer to chronology…
            </button>
            {findOpen && <FindReplacePanel editor={editor} readOnly={readOnly} onClose={() => setFindOpen(false)} />}
          </div>
          <EditorContent editor={editor} className="report-editor-frame" />
        </div>
        {checkOpen && (
          <aside className="review-column" aria-label="Review beside the report">
            <PanelSplitter width={panelWidth} min={280} max={720} onResize={setPanelWidth} />
            <AnonymisationPanel editor={editor} caseId={caseId} checker={checker} birth={birth} readOnly={readOnly} onClose={() => setCheckOpen(false)} />
          </aside>
        )}
      </div>

      {dialog === 'title-page' && (
        <TitlePageDialog
          initial={report.titlePage}
          onClose={() => openDialog(null)}
          onSave={async (titlePage) => {
            await saveTitlePage(db, caseId, titlePage);
            announce('Title page saved.');
          }}
        />
      )}
      {dialog === 'save-version' && (
        <SaveVersionDialog
          suggestedLabel={report.titlePage.versionLabel}
          onClose={() => openDialog(null)}
          onSave={async (label) => {
            await saverRef.current?.flush();
            const version = await saveReportVersion(db, caseId, label);
            announce(`Version “${version.label}” saved.`);
          }}
        />
      )}
      {dialog === 'chronology-reference' && (
        <ChronologyReferenceDialog
          caseId={caseId}
          onClose={() => openDialog(null)}
          onInsert={(attrs) => {
            openDialog(null);
            editor.chain().focus().insertChronologyReference(attrs).run();
          }}
        />
      )}
      {dialog === 'versions' && <VersionsDialog caseId={caseId} canRestore={!readOnly} onRestore={restore} onClose={() => openDialog(null)} />}
      {appendixDialog?.kind === 'add' && (
        <TextPromptDialog
          title="Add an appendix"
          label="Appendix title"
          submitLabel="Add appendix"
          onClose={() => setAppendixDialog(null)}
          onSubmit={(title) => {
            editor.commands.addAppendix(title);
            announce(`Appendix “${title}” added.`);
          }}
        />
      )}
      {appendixDialog?.kind === 'rename' && (
        <TextPromptDialog
          title={`Rename appendix ${appendixDialog.section.label}`}
          label="Appendix title"
          initial={appendixDialog.section.title}
          submitLabel="Rename"
          onClose={() => setAppendixDialog(null)}
          onSubmit={(title) => {
            editor.commands.renameAppendix(appendixDialog.section.key, title);
          }}
        />
      )}
      {appendixDialog?.kind === 'remove' && (
        <ConfirmDialog
          title={`Remove appendix ${appendixDialog.section.label}?`}
          confirmLabel="Remove appendix"
          danger
          onClose={() => setAppendixDialog(null)}
          onConfirm={() => {
            editor.commands.removeAppendix(appendixDialog.section.key);
            announce(`Appendix “${appendixDialog.section.title}” removed. Undo (Control+Z) brings it back.`);
          }}
        >
          <p>“{appendixDialog.section.title}” and everything in it will be removed from the report.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
