import { useId, useState } from 'react';
import type { CaseFile } from '../../core/case-file/case-file-format';
import { actionPlanCsv } from '../../core/export/action-plan';
import { reportFileName, restrictedDraftMarking, type ExportAppendix, type ExportKind } from '../../core/export/build-report-docx';
import { unresolvedFindings, type UnresolvedFinding } from '../../core/export/publication-gate';
import { logDecision } from '../anonymise/anonymisation-repository';
import { useDatabase } from '../app/database-context';
import { useUiStore } from '../app/ui-store';
import { collectCaseFile } from '../cases/case-file-transfer';
import { currentPlatform } from '../platform/current-platform';
import { ErrorAlert } from '../ui/ErrorAlert';
import { buildDocxInWorker } from './build-docx-in-worker';

const docxFilter = [{ name: 'Word document', extensions: ['docx'] }];

// The report leaves the laptop as a Word document: for publication only once the anonymisation
// check has nothing unresolved; as a restricted draft for the panel, marked and logged.
export function ExportScreen({ caseId }: { caseId: string }) {
  const { db } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  const navigate = useUiStore((state) => state.navigate);
  const id = useId();
  const [kind, setKind] = useState<ExportKind>('publication');
  const [withChronology, setWithChronology] = useState(false);
  const [withGlossary, setWithGlossary] = useState(true);
  const [byAgency, setByAgency] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [blocked, setBlocked] = useState<UnresolvedFinding[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function save(file: CaseFile) {
    const appendices: ExportAppendix[] = [...(withGlossary ? (['glossary'] as const) : []), ...(withChronology ? (['chronology'] as const) : [])];
    const bytes = await buildDocxInWorker({ kind: 'report', file, options: { kind, appendices, recommendationsByAgency: byAgency } });
    const name = reportFileName(file, kind);
    const result = await currentPlatform.saveFile({ suggestedName: name, contents: bytes, filters: docxFilter });
    if (result.saved) announce(`Report exported as ${result.fileName ?? name}${kind === 'draft' ? ' (restricted draft, not for publication)' : ''}.`);
  }

  async function exportPlan(format: 'docx' | 'csv') {
    setError(null);
    try {
      const file = await collectCaseFile(db, caseId);
      const name = reportFileName(file, 'publication').replace(/\.docx$/, `-action-plan.${format}`);
      const contents = format === 'docx' ? await buildDocxInWorker({ kind: 'action-plan', file }) : actionPlanCsv(file);
      const result = await currentPlatform.saveFile({ suggestedName: name, contents, filters: format === 'docx' ? docxFilter : [{ name: 'CSV', extensions: ['csv'] }] });
      if (result.saved) announce(`Action plan exported as ${result.fileName ?? name}.`);
    } catch (caught) {
      setError(`The action plan was not exported: ${caught instanceof Error ? caught.message : String(caught)}`);
    }
  }

  async function run() {
    setBusy(true);
    setError(null);
    setBlocked(null);
    try {
      const file = await collectCaseFile(db, caseId);
      const findings = unresolvedFindings(file, { chronology: withChronology });
      if (kind === 'publication' && findings.length > 0) {
        setBlocked(findings);
        return;
      }
      if (kind === 'draft') await logDecision(db, caseId, 'restricted-export', { text: reportFileName(file, 'draft'), reason: `${findings.length} unresolved findings`, count: findings.length });
      await save(file);
    } catch (caught) {
      setError(`The report was not exported: ${caught instanceof Error ? caught.message : String(caught)}`);
    } finally {
      setBusy(false);
    }
  }

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
          <input type="checkbox" checked={withGlossary} onChange={(event) => setWithGlossary(event.target.checked)} />
          A glossary of the acronyms the report uses
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
            <input type="checkbox" checked={understood} onChange={(event) => setUnderstood(event.target.checked)} />I understand this draft may identify the child and family
          </label>
        </div>
      )}
      <p>
        <button type="button" className="primary" disabled={busy || (kind === 'draft' && !understood)} onClick={() => void run()}>
          {kind === 'publication' ? 'Check and export for publication' : 'Export restricted draft'}
        </button>
      </p>
      <section aria-labelledby={`${id}-plan`} className="action-plan">
        <h2 id={`${id}-plan`}>Action plan</h2>
        <p className="hint">The recommendations as the partnership monitors them: one row per recommendation and agency, with columns for action, lead, status and evidence.</p>
        <p className="row-actions">
          <button type="button" disabled={busy} onClick={() => void exportPlan('docx')}>
            Action plan (Word)
          </button>
          <button type="button" disabled={busy} onClick={() => void exportPlan('csv')}>
            Action plan (CSV)
          </button>
        </p>
      </section>
      {busy && (
        <p role="status" className="loading">
          Building the document…
        </p>
      )}
      <ErrorAlert message={error} />
      {blocked && (
        <div role="alert" className="error-list">
          <p>
            Not exported for publication: {blocked.length} unresolved {blocked.length === 1 ? 'finding' : 'findings'}. Resolve them in the report’s “Check
            anonymisation” panel or on the Identifiers screen, or export a restricted draft.
          </p>
          <ul aria-label="Unresolved findings">
            {blocked.slice(0, 100).map((finding, index) => (
              <li key={`${finding.where}-${finding.start}-${index}`}>
                {finding.severity}: {finding.where}: “{finding.text}”{finding.replacement && ` → ${finding.replacement}`}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => navigate({ name: 'case', caseId, part: 'report' })}>
            Go to the report
          </button>
        </div>
      )}
    </div>
  );
}
