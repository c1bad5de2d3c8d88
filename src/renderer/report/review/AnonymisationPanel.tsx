import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnonymisationChecker } from '../../../core/anonymise/anonymisation-checker';
import type { IdentifierKind } from '../../../core/anonymise/identifier-register';
import { useUiStore } from '../../app/ui-store';
import { addIdentifier, allowPhrase, ignoreFinding, logDecision } from '../../data/anonymisation-repository';
import { useDatabase } from '../../data/database-context';
import { restoreReplacedTexts } from '../../data/replace-everywhere';
import { TextPromptDialog } from '../../ui/TextPromptDialog';
import { replaceFinding, undoReportEdits } from '../editor/replace-finding';
import { useReportUiStore } from '../report-ui-store';
import { FindingItem, type FindingActions } from './FindingItem';
import { ReplaceEverywhereDialog, type ReplacedEverywhere } from './ReplaceEverywhereDialog';
import { reviewFindings, type ChildBirth, type ReviewFinding } from './review-findings';

interface AnonymisationPanelProps {
  editor: Editor;
  caseId: string;
  checker: AnonymisationChecker | null;
  birth: ChildBirth;
  readOnly: boolean;
  onClose: () => void;
}

const categoryKind: Partial<Record<string, IdentifierKind>> = {
  name: 'person',
  person: 'person',
  place: 'place',
  postcode: 'address',
  address: 'address',
  date: 'date',
  'full-date': 'date',
};

const shortcuts = 'Alt+↓ next finding, Alt+↑ previous, Alt+R replace it, Alt+L leave it';

// Every finding in the report, in a column beside it, with the words around it and what to do
// about it. The reviewer walks them from the keyboard; each is brought to the middle of the
// report and selected; a replacement can be edited before it is applied.
export function AnonymisationPanel({ editor, caseId, checker, birth, readOnly, onClose }: AnonymisationPanelProps) {
  const { db } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  const [findings, setFindings] = useState<ReviewFinding[]>(() => reviewFindings(editor.state, birth));
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map());
  const setDraft = (draftKey: string, value: string | null) =>
    setDrafts((old) => {
      const next = new Map(old);
      if (value === null) next.delete(draftKey);
      else next.set(draftKey, value);
      return next;
    });
  const [leaving, setLeaving] = useState<ReviewFinding | null>(null);
  const [adding, setAdding] = useState<ReviewFinding | null>(null);
  const [everywhere, setEverywhere] = useState<{ finding: ReviewFinding; replacement: string } | null>(null);
  // Kept while the reviewer visits another screen, so the undo is still there on coming back.
  const lastEverywhere = useReportUiStore((state) => (state.lastEverywhere?.caseId === caseId ? state.lastEverywhere.done : null));
  const setLastEverywhere = (done: ReplacedEverywhere | null) => useReportUiStore.getState().setLastEverywhere(done ? { caseId, done } : null);
  const listRef = useRef<HTMLOListElement>(null);

  // Follows the report as it changes, a moment after typing stops.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setFindings(reviewFindings(editor.state, birth)), 250);
    };
    refresh();
    editor.on('transaction', refresh);
    return () => {
      clearTimeout(timer);
      editor.off('transaction', refresh);
    };
  }, [editor, birth]);

  const run = useCallback(
    async (action: () => Promise<unknown> | unknown) => {
      try {
        await action();
      } catch (caught) {
        announce(caught instanceof Error ? caught.message : String(caught), 'error');
      }
    },
    [announce],
  );

  // The list may be a moment behind the document: act on the finding where it is now.
  const now = useCallback(
    (finding: ReviewFinding): ReviewFinding => {
      const same = reviewFindings(editor.state, birth).filter((other) => other.text === finding.text);
      const found =
        same.find((other) => other.context === finding.context) ?? same.sort((a, b) => Math.abs(a.from - finding.from) - Math.abs(b.from - finding.from))[0];
      if (!found) throw new Error(`“${finding.text}” is no longer there: the report has changed.`);
      return found;
    },
    [editor, birth],
  );

  const goTo = useCallback(
    (finding: ReviewFinding) =>
      void run(() => {
        const here = now(finding);
        setCurrentKey(here.key);
        editor.chain().focus().setTextSelection({ from: here.from, to: here.to }).run();
        // To the middle of the view, not the edge, so the sentence around it can be read.
        const { node } = editor.view.domAtPos(here.from);
        const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
        element?.scrollIntoView?.({ block: 'center' });
        listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView?.({ block: 'nearest' });
      }),
    [editor, now, run],
  );

  const actions: FindingActions = {
    goTo,
    replace: (finding, replacement) =>
      void run(async () => {
        const here = now(finding);
        setDraft(finding.draftKey, null);
        editor
          .chain()
          .focus()
          .command(({ tr }) => (replaceFinding(tr, { from: here.span.from, to: here.span.to, text: here.text }, replacement), true))
          .run();
        await logDecision(db, caseId, 'replaced', { text: here.span.text, replacement, reason: here.where });
        announce(`“${here.span.text}” replaced with “${replacement}”, ${here.where}.`);
      }),
    removeApposition: (finding) =>
      void run(async () => {
        const here = now(finding);
        if (!here.apposition) return;
        editor.chain().focus().deleteRange(here.apposition).run();
        await logDecision(db, caseId, 'replaced', { text: finding.text, replacement: '', reason: `${here.where}: removed with its commas` });
        announce(`“${finding.text}” and its commas removed, ${here.where}.`);
      }),
    replaceEverywhere: (finding, replacement) => setEverywhere({ finding, replacement }),
    leave: (finding) => setLeaving(finding),
    allow: (finding) => void run(() => allowPhrase(db, caseId, finding.text)),
    addToRegister: (finding) => setAdding(finding),
  };

  async function undoEverywhere(done: ReplacedEverywhere) {
    setLastEverywhere(null);
    await run(async () => {
      // In the report, each replacement is put back where it is still as it was left.
      if (done.reportEdits.length > 0)
        editor
          .chain()
          .focus()
          .command(({ tr }) => (undoReportEdits(tr, done.reportEdits), true))
          .run();
      await restoreReplacedTexts(db, caseId, done.outside, { text: done.text, replacement: done.replacement });
      announce(`The ${done.count} ${done.count === 1 ? 'replacement' : 'replacements'} of “${done.text}” undone.`);
    });
  }

  // The keyboard walk: next and previous finding, replace the current one, leave it.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const index = findings.findIndex((finding) => finding.key === currentKey);
      const current = index >= 0 ? findings[index] : undefined;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const next = event.key === 'ArrowDown' ? (findings[index + 1] ?? findings[0]) : (findings[index - 1] ?? findings.at(-1));
        if (next) goTo(next);
      } else if ((event.key === 'r' || event.key === 'R') && current && !readOnly && (drafts.get(current.draftKey) ?? current.suggestions[0])?.trim()) {
        event.preventDefault();
        actions.replace(current, (drafts.get(current.draftKey) ?? current.suggestions[0])!);
      } else if ((event.key === 'l' || event.key === 'L') && current && !readOnly) {
        event.preventDefault();
        setLeaving(current);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const counts = { high: 0, medium: 0, low: 0 };
  for (const finding of findings) counts[finding.severity] += 1;

  return (
    <section className={`anonymisation-panel ${counts.high + counts.medium === 0 ? 'clear' : ''}`} aria-label="Anonymisation check">
      <div className="panel-head">
        <h2>Anonymisation check</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p aria-live="polite" className="finding-summary">
        {findings.length === 0 ? 'No findings in the report.' : `${counts.high} high, ${counts.medium} medium, ${counts.low} low`}
      </p>
      <p className="hint" aria-keyshortcuts="Alt+ArrowDown Alt+ArrowUp Alt+R Alt+L">
        Keys: {shortcuts}.
      </p>
      {lastEverywhere && (
        <p role="status" className="banner">
          “{lastEverywhere.text}” replaced in {lastEverywhere.count} {lastEverywhere.count === 1 ? 'place' : 'places'}.{' '}
          <button type="button" onClick={() => void undoEverywhere(lastEverywhere)}>
            Undo
          </button>
        </p>
      )}
      {!checker && <p className="loading">Reading the register…</p>}
      <ol className="finding-list" aria-label="Findings" ref={listRef}>
        {findings.map((finding) => (
          <FindingItem
            key={finding.key}
            finding={finding}
            current={finding.key === currentKey}
            readOnly={readOnly}
            actions={actions}
            draft={drafts.get(finding.draftKey)}
            onDraft={(value) => setDraft(finding.draftKey, value)}
          />
        ))}
      </ol>
      {everywhere && checker && (
        <ReplaceEverywhereDialog
          editor={editor}
          db={db}
          caseId={caseId}
          checker={checker}
          birth={birth}
          target={everywhere.finding}
          replacement={everywhere.replacement}
          onClose={() => setEverywhere(null)}
          onDone={(done) => {
            setLastEverywhere(done);
            announce(`Replaced ${done.count} ${done.count === 1 ? 'occurrence' : 'occurrences'} of “${done.text}” with “${done.replacement}”.`);
          }}
        />
      )}
      {leaving && (
        <TextPromptDialog
          title={`Leave “${leaving.text}” as it is`}
          label="Reason (kept in the audit log)"
          submitLabel="Leave it"
          onClose={() => setLeaving(null)}
          onSubmit={(reason) => ignoreFinding(db, caseId, now(leaving), reason)}
        />
      )}
      {adding && (
        <TextPromptDialog
          title={`Add “${adding.text}” to the register`}
          label="Replacement"
          submitLabel="Add to register"
          onClose={() => setAdding(null)}
          onSubmit={async (replacement) => {
            await addIdentifier(
              db,
              caseId,
              {
                kind: categoryKind[adding.category] ?? 'other',
                value: adding.text.replace(/^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|PC|DC|DS|DI|DCI|Sgt|Cllr|Rev)\.? /, ''),
                replacement,
                note: 'added from the report',
                personId: null,
              },
              true,
            );
          }}
        />
      )}
    </section>
  );
}
