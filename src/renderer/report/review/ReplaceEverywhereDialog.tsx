import type { Editor } from '@tiptap/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { AnonymisationChecker } from '../../../core/anonymise/anonymisation-checker';
import { listOccurrencesOutsideReport, replaceEverywhere, type OutsideOccurrence, type ReplacedText } from '../../data/replace-everywhere';
import type { CsprDatabase } from '../../data/db/cspr-database';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ModalDialog } from '../../ui/ModalDialog';
import { SubmitActions } from '../../ui/SubmitActions';
import { replaceFindings, type ReportEdit } from '../editor/replace-finding';
import type { ChildBirth, ReviewFinding } from './review-findings';
import { reviewFindings } from './review-findings';

/** What a replace everywhere changed, so one undo can restore it all. */
export interface ReplacedEverywhere {
  text: string;
  replacement: string;
  count: number;
  /** What changed in the report, to put back where it is still as it was left (whatever was typed elsewhere since). */
  reportEdits: ReportEdit[];
  outside: ReplacedText[];
}

interface Occurrence {
  key: string;
  where: string;
  context: string;
  ambiguous: boolean;
  report: ReviewFinding | null;
  outside: OutsideOccurrence | null;
}

interface ReplaceEverywhereDialogProps {
  editor: Editor;
  db: CsprDatabase;
  caseId: string;
  checker: AnonymisationChecker;
  birth: ChildBirth;
  target: ReviewFinding;
  replacement: string;
  onDone: (done: ReplacedEverywhere) => void;
  onClose: () => void;
}

const shown = (context: string, text: string) => {
  const [before, after] = context.split('\u2016');
  return { before: before ?? '', text, after: after ?? '' };
};

// Replace everywhere shows every occurrence first, in the report and outside it, each with the
// words around it and where it is. All are ticked but those that could be someone else; exactly
// the ticked ones change, in one step the reviewer can undo.
export function ReplaceEverywhereDialog({ editor, db, caseId, checker, birth, target, replacement: initial, onDone, onClose }: ReplaceEverywhereDialogProps) {
  const id = useId();
  const identifierId = target.identifierId!;
  const [replacement, setReplacement] = useState(initial);
  const [occurrences, setOccurrences] = useState<Occurrence[] | null>(null);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const inReport: Occurrence[] = reviewFindings(editor.state, birth)
      .filter((finding) => finding.identifierId === identifierId || finding.candidates?.some((candidate) => candidate.identifierId === identifierId))
      .map((finding) => ({
        key: `report:${finding.key}`,
        where: `Report, ${finding.where}`,
        context: finding.context,
        ambiguous: finding.candidates !== undefined,
        report: finding,
        outside: null,
      }));
    listOccurrencesOutsideReport(db, caseId, checker, identifierId).then(
      (found) => {
        if (!current) return;
        const outside = found.map((item, index) => ({
          key: `outside:${index}`,
          where: item.label,
          context: item.context,
          ambiguous: item.ambiguous,
          report: null,
          outside: item,
        }));
        const all = [...inReport, ...outside];
        setOccurrences(all);
        setTicked(new Set(all.filter((item) => !item.ambiguous).map((item) => item.key)));
      },
      (caught: unknown) => current && setError(caught instanceof Error ? caught.message : String(caught)),
    );
    return () => {
      current = false;
    };
  }, [editor, db, caseId, checker, birth, identifierId]);

  async function apply(event: FormEvent) {
    event.preventDefault();
    if (!occurrences) return;
    const chosen = occurrences.filter((item) => ticked.has(item.key));
    const inReport = chosen.flatMap((item) => (item.report ? [item.report] : []));
    try {
      let reportEdits: ReportEdit[] = [];
      // The report's part in one transaction, from the end so earlier positions stay valid: one undo.
      if (inReport.length > 0) {
        editor
          .chain()
          .focus()
          .command(({ tr }) => {
            reportEdits = replaceFindings(tr, inReport, replacement);
            return true;
          })
          .run();
      }
      const outside = await replaceEverywhere(db, caseId, {
        text: target.text,
        replacement,
        outside: chosen.flatMap((item) => (item.outside ? [item.outside] : [])),
        inReport: inReport.map((finding) => finding.where),
      });
      onDone({ text: target.text, replacement, count: chosen.length, reportEdits, outside });
      onClose();
    } catch (caught) {
      setError(`Nothing more was replaced: ${caught instanceof Error ? caught.message : String(caught)}`);
    }
  }

  const toggle = (key: string, on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  return (
    <ModalDialog title={`Replace “${target.text}” everywhere`} onClose={onClose} className="replace-everywhere-dialog">
      <form onSubmit={(event) => void apply(event)}>
        <div className="field">
          <label htmlFor={`${id}-replacement`}>Replace with</label>
          <input id={`${id}-replacement`} value={replacement} onChange={(event) => setReplacement(event.target.value)} />
        </div>
        {!occurrences && !error && <p className="loading">Finding every occurrence…</p>}
        {occurrences && (
          <fieldset>
            <legend>
              {occurrences.length} {occurrences.length === 1 ? 'occurrence' : 'occurrences'}; {ticked.size} ticked
            </legend>
            <ul className="occurrence-list" aria-label="Occurrences">
              {occurrences.map((item) => {
                const words = shown(item.context, item.report?.text ?? item.outside?.text ?? target.text);
                return (
                  <li key={item.key}>
                    <label className="checkbox">
                      <input type="checkbox" checked={ticked.has(item.key)} onChange={(event) => toggle(item.key, event.target.checked)} />
                      <span className="occurrence-where">{item.where}</span>
                      <span>
                        …{words.before} <mark>{words.text}</mark> {words.after}…
                      </span>
                      {item.ambiguous && <span className="hint"> (could be someone else: not ticked)</span>}
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        )}
        <ErrorAlert message={error} />
        <SubmitActions
          submitLabel={`Replace ${ticked.size} ${ticked.size === 1 ? 'occurrence' : 'occurrences'}`}
          onCancel={onClose}
          disabled={!occurrences || ticked.size === 0 || replacement.trim() === ''}
        />
      </form>
    </ModalDialog>
  );
}
