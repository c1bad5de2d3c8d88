import { useEffect, useId, useRef, useState } from 'react';
import type { ActionPlanFormat } from '../../core/export/compose-action-plan';
import { restrictedDraftMarking, type ExportAppendix, type ExportKind } from '../../core/export/compose-report';
import type { PublishRequest } from '../../core/export/publish';
import { logDecision } from '../data/anonymisation-repository';
import { useDatabase } from '../data/database-context';
import { useUiStore } from '../app/ui-store';
import { collectCaseFile } from '../data/case-file-transfer';
import { currentPlatform } from '../platform/current-platform';
import { ErrorAlert } from '../ui/ErrorAlert';
import { publishInWorker } from './export-in-worker';
import { PublicationRefusal, type Refusal } from './PublicationRefusal';

const filters = { docx: [{ name: 'Word document', extensions: ['docx'] }], csv: [{ name: 'CSV', extensions: ['csv'] }] };

// The report and the action plan leave the laptop through the one publication pipeline
// (src/core/export/publish.ts, run in a worker): for publication only once the report is ready
// (or the reviewer overrode what is not) and the check of every text the document will contain
// has nothing unresolved; the report also as a restricted draft for the panel, marked and logged.
export function ExportScreen({ caseId }: { caseId: string }) {
  const { db } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  const id = useId();
  const [kind, setKind] = useState<ExportKind>('publication');
  const [withChronology, setWithChronology] = useState(false);
  const [withGlossary, setWithGlossary] = useState(true);
  const [byAgency, setByAgency] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [blocked, setBlocked] = useState<Refusal | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ran, setRan] = useState<PublishRequest['output'] | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (blocked || error) outcomeRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [blocked, error]);

  /** Publishes, then saves exactly what the pipeline wrote; a refusal is shown instead. */
  async function publishAndSave(request: PublishRequest, format: ActionPlanFormat, describe: (fileName: string, restricted: boolean) => string): Promise<void> {
    const file = await collectCaseFile(db, caseId);
    const result = await publishInWorker(file, request);
    if (!result.ok) {
      setBlocked({ message: result.message, readiness: result.readiness, findings: result.findings, readBack: result.readBack });
      return;
    }
    if (result.restricted)
      await logDecision(db, caseId, 'restricted-export', {
        text: result.fileName,
        reason: `${result.unresolved} unresolved findings`,
        count: result.unresolved,
      });
    const saved = await currentPlatform.saveFile({ suggestedName: result.fileName, contents: result.contents, filters: filters[format] });
    if (saved.saved) announce(describe(saved.fileName ?? result.fileName, result.restricted));
  }

  async function run(request: PublishRequest, format: ActionPlanFormat, describe: (fileName: string, restricted: boolean) => string, failure: string) {
    setBusy(true);
    setError(null);
    setBlocked(null);
    setRan(request.output);
    try {
      await publishAndSave(request, format, describe);
    } catch (caught) {
      setError(`${failure}: ${caught instanceof Error ? caught.message : String(caught)}`);
    } finally {
      setBusy(false);
    }
  }

  const exportReport = () => {
    const appendices: ExportAppendix[] = [...(withGlossary ? (['glossary'] as const) : []), ...(withChronology ? (['chronology'] as const) : [])];
    return run(
      { output: 'report', options: { kind, appendices, recommendationsByAgency: byAgency } },
      'docx',
      (name, restricted) => `Report exported as ${name}${restricted ? ' (restricted draft, not for publication)' : ''}.`,
      'The report was not exported',
    );
  };

  const exportPlan = (format: ActionPlanFormat) =>
    run({ output: 'action-plan', format }, format, (name) => `Action plan exported as ${name}.`, 'The action plan was not exported');

  const exportBriefing = () =>
    run({ output: 'briefing' }, 'docx', (name) => `7-minute briefing exported as ${name}.`, 'The 7-minute briefing was not exported');

  // What happened to the last export, shown under the button that asked for it and brought into view.
  const outcome = (
    <div ref={outcomeRef}>
      {busy && (
        <p role="status" className="loading">
          Building the document…
        </p>
      )}
      <ErrorAlert message={error} />
      {blocked && <PublicationRefusal caseId={caseId} refusal={blocked} />}
    </div>
  );

  return (
    <div className="export-screen">
      <h1>Export</h1>
      <fieldset>
        <legend>What kind of export</legend>
        <label className="checkbox">
          <input type="radio" name={`${id}-kind`} checked={kind === 'publication'} onChange={() => setKind('publication')} />
          For publication: only when nothing identifying is left unresolved
        </label>
        <label className="checkbox">
          <input type="radio" name={`${id}-kind`} checked={kind === 'draft'} onChange={() => setKind('draft')} />
          Restricted draft for the panel: not for publication
        </label>
      </fieldset>
      <fieldset>
        <legend>Appendices</legend>
        <label className="checkbox">
          <input type="checkbox" checked={withGlossary} onChange={(event) => setWithGlossary(event.target.checked)} />A glossary of the acronyms the report uses
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={withChronology} onChange={(event) => setWithChronology(event.target.checked)} />
          The integrated chronology (a landscape table)
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={byAgency} onChange={(event) => setByAgency(event.target.checked)} />
          Recommendations also listed agency by agency
        </label>
      </fieldset>
      {kind === 'draft' && (
        <div className="warning">
          <p>Every page will be headed “{restrictedDraftMarking}”, and the export is recorded in the anonymisation log.</p>
          <label className="checkbox">
            <input type="checkbox" checked={understood} onChange={(event) => setUnderstood(event.target.checked)} />I understand this draft may identify the
            child and family
          </label>
        </div>
      )}
      <p>
        <button type="button" className="primary" disabled={busy || (kind === 'draft' && !understood)} onClick={() => void exportReport()}>
          {kind === 'publication' ? 'Check and export for publication' : 'Export restricted draft'}
        </button>
      </p>
      {ran === 'report' && outcome}
      <section aria-labelledby={`${id}-plan`} className="action-plan">
        <h2 id={`${id}-plan`}>Action plan</h2>
        <p className="hint">
          The recommendations as the partnership monitors them: one row per recommendation and agency, with columns for the action, its owner, progress and RAG
          status.
        </p>
        <p className="row-actions">
          <button type="button" disabled={busy} onClick={() => void exportPlan('docx')}>
            Action plan (Word)
          </button>
          <button type="button" disabled={busy} onClick={() => void exportPlan('csv')}>
            Action plan (CSV)
          </button>
        </p>
        {ran === 'action-plan' && outcome}
      </section>
      <section aria-labelledby={`${id}-briefing`} className="action-plan">
        <h2 id={`${id}-briefing`}>7-minute briefing</h2>
        <p className="hint">
          Two A4 pages in the usual seven parts, for practitioners and training: background, the case in brief, key learning, findings (the analysis section’s
          sub-headings), what practitioners should do (the recommendations), questions for reflection and further information. Made from the report, and checked
          like it before it is written.
        </p>
        <p className="row-actions">
          <button type="button" disabled={busy} onClick={() => void exportBriefing()}>
            7-minute briefing (Word)
          </button>
        </p>
        {ran === 'briefing' && outcome}
      </section>
    </div>
  );
}
