import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { AnonymisationChecker } from '../../core/anonymise/anonymisation-checker';
import type { IdentifierKind } from '../../core/anonymise/identifier-register';
import { useDatabase } from '../data/database-context';
import { useUiStore } from '../app/ui-store';
import { addIdentifier, allowPhrase, ignoreFinding, logDecision } from '../data/anonymisation-repository';
import { replaceOutsideReport } from '../data/replace-everywhere';
import { TextPromptDialog } from '../ui/TextPromptDialog';
import { editorFindings, type EditorFinding } from './editor/anonymisation-highlight';
import { replaceFinding } from './editor/replace-finding';

interface AnonymisationPanelProps {
  editor: Editor;
  caseId: string;
  checker: AnonymisationChecker | null;
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

// Every finding in the report with its context and what to do about it.
export function AnonymisationPanel({ editor, caseId, checker, readOnly, onClose }: AnonymisationPanelProps) {
  const { db } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  const [findings, setFindings] = useState<EditorFinding[]>(() => editorFindings(editor.state));
  const [leaving, setLeaving] = useState<EditorFinding | null>(null);
  const [adding, setAdding] = useState<EditorFinding | null>(null);

  // Follows the report as it changes, a moment after typing stops.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setFindings(editorFindings(editor.state)), 250);
    };
    refresh();
    editor.on('transaction', refresh);
    return () => {
      clearTimeout(timer);
      editor.off('transaction', refresh);
    };
  }, [editor]);

  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
    } catch (caught) {
      announce(caught instanceof Error ? caught.message : String(caught), 'error');
    }
  };

  // The list may be a moment behind the document: act on the finding where it is now.
  const current = (finding: EditorFinding): EditorFinding => {
    const same = editorFindings(editor.state).filter((other) => other.text === finding.text);
    const now =
      same.find((other) => other.context === finding.context) ?? same.sort((a, b) => Math.abs(a.from - finding.from) - Math.abs(b.from - finding.from))[0];
    if (!now) throw new Error(`“${finding.text}” is no longer there: the report has changed.`);
    return now;
  };

  const goTo = (finding: EditorFinding) =>
    run(async () => {
      const now = current(finding);
      editor.chain().focus().setTextSelection({ from: now.from, to: now.to }).scrollIntoView().run();
    });

  const replaceOne = (finding: EditorFinding) =>
    run(async () => {
      const now = current(finding);
      editor
        .chain()
        .focus()
        .command(({ tr }) => (replaceFinding(tr, now, finding.replacement), true))
        .run();
      await logDecision(db, caseId, 'replaced', { text: finding.text, replacement: finding.replacement });
      announce(`“${finding.text}” replaced with “${finding.replacement}”.`);
    });

  const replaceAll = (finding: EditorFinding) =>
    run(async () => {
      if (!checker) return;
      const same = editorFindings(editor.state).filter((other) =>
        finding.identifierId ? other.identifierId === finding.identifierId : other.text.toLowerCase() === finding.text.toLowerCase(),
      );
      // From the end, so earlier positions stay valid; one transaction, so one undo.
      const chain = editor.chain().focus();
      for (const other of [...same].reverse()) chain.command(({ tr }) => (replaceFinding(tr, other, finding.replacement), true));
      chain.run();
      const elsewhere = await replaceOutsideReport(db, caseId, checker, finding, finding.replacement, same.length);
      announce(
        `Replaced ${same.length + elsewhere} ${same.length + elsewhere === 1 ? 'occurrence' : 'occurrences'} of “${finding.text}” with “${finding.replacement}” (${same.length} in the report, ${elsewhere} in agencies, recommendations, the chronology and its episodes).`,
      );
    });

  const counts = { high: 0, medium: 0, low: 0 };
  for (const finding of findings) counts[finding.severity] += 1;

  return (
    <section className={`anonymisation-panel ${counts.high + counts.medium === 0 ? 'clear' : ''}`} aria-label="Anonymisation check">
      <div className="toolbar">
        <h2>Anonymisation check</h2>
        <p aria-live="polite" className="finding-summary">
          {findings.length === 0 ? 'No findings in the report.' : `${counts.high} high, ${counts.medium} medium, ${counts.low} low`}
        </p>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {!checker && <p className="loading">Reading the register…</p>}
      <ol className="finding-list" aria-label="Findings">
        {findings.map((finding) => {
          const [before, after] = finding.context.split('\u2016');
          return (
            <li key={`${finding.from}-${finding.to}`} aria-label={`${finding.severity}: ${finding.text}`}>
              <span className={`severity-${finding.severity}`}>{finding.severity}</span> <span className="hint">{finding.category}</span>{' '}
              <button type="button" className="link-button finding-context" onClick={() => void goTo(finding)} aria-label={`Go to “${finding.text}”`}>
                …{before} <mark>{finding.text}</mark> {after}…
              </button>
              {finding.replacement && <span className="hint"> → {finding.replacement}</span>}
              {!readOnly && (
                <span className="row-actions">
                  {finding.replacement && (
                    <>
                      <button type="button" onClick={() => void replaceOne(finding)} aria-label={`Replace “${finding.text}” here`}>
                        Replace
                      </button>
                      <button type="button" onClick={() => void replaceAll(finding)} aria-label={`Replace “${finding.text}” everywhere`}>
                        Replace everywhere
                      </button>
                    </>
                  )}
                  <button type="button" onClick={() => setLeaving(finding)} aria-label={`Leave “${finding.text}” as it is`}>
                    Leave…
                  </button>
                  <button type="button" onClick={() => void run(() => allowPhrase(db, caseId, finding.text))} aria-label={`Allow “${finding.text}”`}>
                    Allow
                  </button>
                  {!finding.identifierId && !finding.candidates && (
                    <button type="button" onClick={() => setAdding(finding)} aria-label={`Add “${finding.text}” to the register`}>
                      Add to register…
                    </button>
                  )}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {leaving && (
        <TextPromptDialog
          title={`Leave “${leaving.text}” as it is`}
          label="Reason (kept in the audit log)"
          submitLabel="Leave it"
          onClose={() => setLeaving(null)}
          onSubmit={(reason) => ignoreFinding(db, caseId, current(leaving), reason)}
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
