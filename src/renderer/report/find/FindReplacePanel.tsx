import type { Editor } from '@tiptap/react';
import { useEffect, useId, useState } from 'react';
import { useUiStore } from '../../app/ui-store';
import { findMatches, replaceAllMatches, replaceMatch, setFindHighlight, type FindOptions } from '../editor/find-replace';

interface FindReplacePanelProps {
  editor: Editor;
  readOnly: boolean;
  onClose: () => void;
}

// Find and replace across the whole report (every section, appendices included).
export function FindReplacePanel({ editor, readOnly, onClose }: FindReplacePanelProps) {
  const id = useId();
  const announce = useUiStore((state) => state.announce);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ matchCase: false, wholeWord: false });
  const [active, setActive] = useState(0);
  const [docVersion, setDocVersion] = useState(0);

  // Recount when the report changes while the panel is open.
  useEffect(() => {
    const onUpdate = () => setDocVersion((version) => version + 1);
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
    };
  }, [editor]);

  const matches = query === '' ? [] : findMatches(editor.state.doc, query, options);
  const activeIndex = matches.length === 0 ? -1 : Math.min(active, matches.length - 1);

  useEffect(() => {
    setFindHighlight(editor, query === '' ? null : { query, options, activeIndex });
  }, [editor, query, options, activeIndex, docVersion]);
  useEffect(() => () => setFindHighlight(editor, null), [editor]);

  const goTo = (index: number) => {
    if (matches.length === 0) return;
    const wrapped = (index + matches.length) % matches.length;
    setActive(wrapped);
    const match = matches[wrapped]!;
    editor.chain().setTextSelection(match).scrollIntoView().run();
  };

  return (
    <div className="find-panel" aria-label="Find and replace" role="search">
      <label htmlFor={`${id}-find`}>Find</label>
      <input
        id={`${id}-find`}
        type="search"
        value={query}
        autoFocus
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            goTo(event.shiftKey ? activeIndex - 1 : activeIndex + 1);
          }
          if (event.key === 'Escape') onClose();
        }}
      />
      <span className="find-count" aria-live="polite">
        {query === '' ? '' : matches.length === 0 ? 'No matches' : `${activeIndex + 1} of ${matches.length}`}
      </span>
      <button type="button" onClick={() => goTo(activeIndex - 1)} disabled={matches.length === 0}>
        Previous
      </button>
      <button type="button" onClick={() => goTo(activeIndex + 1)} disabled={matches.length === 0}>
        Next
      </button>
      <label>
        <input type="checkbox" checked={options.matchCase} onChange={(event) => setOptions({ ...options, matchCase: event.target.checked })} /> Match case
      </label>
      <label>
        <input type="checkbox" checked={options.wholeWord} onChange={(event) => setOptions({ ...options, wholeWord: event.target.checked })} /> Whole word
      </label>
      <label htmlFor={`${id}-replace`}>Replace with</label>
      <input id={`${id}-replace`} type="text" value={replacement} onChange={(event) => setReplacement(event.target.value)} disabled={readOnly} />
      <button
        type="button"
        disabled={readOnly || activeIndex < 0}
        onClick={() => {
          const match = matches[activeIndex];
          if (!match) return;
          editor.view.dispatch(replaceMatch(editor.state, match, replacement));
        }}
      >
        Replace
      </button>
      <button
        type="button"
        disabled={readOnly || matches.length === 0}
        onClick={() => {
          const { tr, count } = replaceAllMatches(editor.state, query, replacement, options);
          if (count > 0) editor.view.dispatch(tr);
          announce(`Replaced ${count} ${count === 1 ? 'occurrence' : 'occurrences'} of “${query}”.`);
        }}
      >
        Replace all
      </button>
      <button type="button" onClick={onClose} aria-label="Close find and replace">
        Close
      </button>
    </div>
  );
}
