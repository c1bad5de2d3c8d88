import { useEditorState, type Editor } from '@tiptap/react';

interface EditorToolbarProps {
  editor: Editor;
}

// Reads only the few flags it shows (useEditorState with a narrow selector), so typing does not
// re-render more than this bar.
export function EditorToolbar({ editor }: EditorToolbarProps) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      editable: current.isEditable,
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      underline: current.isActive('underline'),
      subheading: current.isActive('heading', { level: 3 }),
      minorHeading: current.isActive('heading', { level: 4 }),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      quote: current.isActive('blockquote'),
      inTable: current.isActive('table'),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const disabled = !state.editable;
  const toggle = (label: string, pressed: boolean, run: () => void, shortcut?: string) => (
    <button
      type="button"
      aria-pressed={pressed}
      disabled={disabled}
      onClick={run}
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-keyshortcuts={shortcut}
    >
      {label}
    </button>
  );

  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Formatting">
      <div className="toolbar-group">
        {toggle('Sub-heading', state.subheading, () => chain().toggleHeading({ level: 3 }).run())}
        {toggle('Minor heading', state.minorHeading, () => chain().toggleHeading({ level: 4 }).run())}
      </div>
      <div className="toolbar-group">
        {toggle('Bold', state.bold, () => chain().toggleBold().run(), 'Control+B')}
        {toggle('Italic', state.italic, () => chain().toggleItalic().run(), 'Control+I')}
        {toggle('Underline', state.underline, () => chain().toggleUnderline().run(), 'Control+U')}
      </div>
      <div className="toolbar-group">
        {toggle('Bulleted list', state.bulletList, () => chain().toggleBulletList().run())}
        {toggle('Numbered list', state.orderedList, () => chain().toggleOrderedList().run())}
        {toggle('Quote', state.quote, () => chain().toggleBlockquote().run())}
      </div>
      <div className="toolbar-group">
        <button type="button" disabled={disabled || state.inTable} onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}>
          Table
        </button>
        {state.inTable && (
          <>
            <button type="button" disabled={disabled} onClick={() => chain().addRowAfter().run()}>
              Add row
            </button>
            <button type="button" disabled={disabled} onClick={() => chain().addColumnAfter().run()}>
              Add column
            </button>
            <button type="button" disabled={disabled} onClick={() => chain().deleteRow().run()}>
              Delete row
            </button>
            <button type="button" disabled={disabled} onClick={() => chain().deleteTable().run()}>
              Delete table
            </button>
          </>
        )}
        <button
          type="button"
          disabled={disabled}
          onClick={() => chain().setPageBreak().run()}
          title="Page break (Control+Enter)"
          aria-keyshortcuts="Control+Enter"
        >
          Page break
        </button>
      </div>
      <div className="toolbar-group">
        <button type="button" disabled={disabled || !state.canUndo} onClick={() => chain().undo().run()} aria-keyshortcuts="Control+Z">
          Undo
        </button>
        <button type="button" disabled={disabled || !state.canRedo} onClick={() => chain().redo().run()} aria-keyshortcuts="Control+Y">
          Redo
        </button>
      </div>
    </div>
  );
}
