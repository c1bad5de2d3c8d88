import { useId, useMemo, useState } from 'react';
import { formatLongUkDate } from '../../../core/dates/format-uk-date';
import { headerSignature, mappingProblems } from '../../../core/chronology/column-mapping';
import { importChronologySheet } from '../../../core/chronology/import-chronology-sheet';
import { maxChronologyFileBytes } from '../../../core/chronology/read-chronology-file';
import { useDatabase } from '../../data/database-context';
import { useUiStore } from '../../app/ui-store';
import { ModalDialog } from '../../ui/ModalDialog';
import { importEntries } from '../../data/chronology-repository';
import { ColumnMappingFields } from './ColumnMappingFields';
import { prepareFile, type PreparedFile } from './prepare-import';
import { ErrorAlert } from '../../ui/ErrorAlert';

type ReadyFile = Extract<PreparedFile, { kind: 'ready' }>;

// Import agencies' chronology files: each is read and previewed (how many entries, every problem
// row with its reason) before anything is saved.
export function ImportChronologyDialog({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const { db } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  const id = useId();
  const [files, setFiles] = useState<PreparedFile[]>([]);
  const [reading, setReading] = useState(false);
  const [confirmedAgain, setConfirmedAgain] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);

  async function choose(list: FileList | null) {
    if (!list || list.length === 0) return;
    setReading(true);
    setError(null);
    try {
      const prepared: PreparedFile[] = [];
      for (const file of Array.from(list)) {
        if (file.size > maxChronologyFileBytes) {
          prepared.push({
            kind: 'unreadable',
            file: file.name,
            message: `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; a chronology file can be at most ${maxChronologyFileBytes / 1024 / 1024} MB.`,
          });
          continue;
        }
        prepared.push(await prepareFile(db, caseId, file));
      }
      setFiles(prepared);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setReading(false);
    }
  }

  const update = (index: number, changes: Partial<ReadyFile>) =>
    setFiles((current) => current.map((file, at) => (at === index && file.kind === 'ready' ? { ...file, ...changes } : file)));

  // Converting a large file takes a moment: only when the files or their settings change.
  const previews = useMemo(
    () =>
      files.map((file) => {
        if (file.kind !== 'ready') return null;
        const problems = mappingProblems(file.mapping);
        if (problems.length > 0) return { problems, result: null };
        const result = importChronologySheet(file.sheet, { agency: file.agency, mapping: file.mapping });
        return { problems: result.ok ? [] : [result.message], result: result.ok ? result : null };
      }),
    [files],
  );
  const ready = files.flatMap((file, index) => {
    const preview = previews[index];
    if (file.kind !== 'ready' || !preview?.result) return [];
    if (file.alreadyImported && !confirmedAgain.has(file.fingerprint)) return [];
    if (file.agency.trim() === '') return [];
    return [{ file, result: preview.result }];
  });
  const entryCount = ready.reduce((total, { result }) => total + result.entries.length, 0);

  async function runImport() {
    setImporting(true);
    try {
      for (const { file, result } of ready) {
        await importEntries(db, {
          caseId,
          file: file.file,
          fingerprint: file.fingerprint,
          agency: file.agency.trim(),
          entries: result.entries,
          problems: result.problems,
          mapping: { headerSignature: headerSignature(file.sheet.headers), columns: file.mapping },
        });
      }
      const problemCount = ready.reduce((total, { result }) => total + result.problems.length, 0);
      announce(
        `Imported ${entryCount} ${entryCount === 1 ? 'entry' : 'entries'}${problemCount > 0 ? `; ${problemCount} ${problemCount === 1 ? 'row needs' : 'rows need'} fixing by hand` : ''}.`,
      );
      onClose();
    } catch (caught) {
      setError(`Nothing was imported: ${caught instanceof Error ? caught.message : String(caught)}`);
    } finally {
      setImporting(false);
    }
  }

  return (
    <ModalDialog title="Import chronologies" onClose={onClose} className="import-dialog">
      <div className="field">
        <label htmlFor={`${id}-files`}>Agency files (CSV, TSV or Excel .xlsx)</label>
        <input id={`${id}-files`} type="file" multiple accept=".csv,.tsv,.txt,.xlsx" onChange={(event) => void choose(event.target.files)} />
      </div>
      {reading && <p className="loading">Reading…</p>}
      {files.map((file, index) => {
        if (file.kind === 'unreadable') {
          return (
            <section key={index} className="import-file" aria-label={file.file}>
              <h3>{file.file}</h3>
              <p role="alert" className="error">
                {file.message}
              </p>
            </section>
          );
        }
        const preview = previews[index];
        const result = preview?.result;
        return (
          <section key={index} className="import-file" aria-label={file.file}>
            <h3>{file.file}</h3>
            {file.mapping.agency === undefined && (
              <div className="field">
                <label htmlFor={`${id}-agency-${index}`}>Agency for {file.file}</label>
                <input id={`${id}-agency-${index}`} value={file.agency} onChange={(event) => update(index, { agency: event.target.value })} />
                <p className="hint">This file has no agency column: every entry takes this agency.</p>
              </div>
            )}
            {file.alreadyImported && (
              <div className="warning">
                <p>
                  This file was already imported on {formatLongUkDate(file.alreadyImported.importedAt.slice(0, 10))} ({file.alreadyImported.entryCount} entries,
                  for {file.alreadyImported.agency}).
                </p>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={confirmedAgain.has(file.fingerprint)}
                    onChange={(event) => {
                      const next = new Set(confirmedAgain);
                      if (event.target.checked) next.add(file.fingerprint);
                      else next.delete(file.fingerprint);
                      setConfirmedAgain(next);
                    }}
                  />
                  Import it again anyway
                </label>
              </div>
            )}
            {(!file.mappingKnown || (preview?.problems.length ?? 0) > 0) && (
              <p className="hint">Some columns could not be recognised by name: choose them below.</p>
            )}
            <details open={!file.mappingKnown || (preview?.problems.length ?? 0) > 0}>
              <summary>Columns</summary>
              <ColumnMappingFields headers={file.sheet.headers} mapping={file.mapping} onChange={(mapping) => update(index, { mapping })} />
            </details>
            {preview && preview.problems.length > 0 && (
              <ul className="error-list">
                {preview.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            )}
            {result && (
              <>
                <p className="import-summary">
                  {result.entries.length} {result.entries.length === 1 ? 'entry' : 'entries'} will be imported
                  {result.problems.length > 0 &&
                    `; ${result.problems.length} ${result.problems.length === 1 ? 'row has a problem' : 'rows have problems'} and will be kept to fix by hand`}
                  .
                </p>
                {result.problems.length > 0 && (
                  <ul className="problem-rows" aria-label={`Problem rows in ${file.file}`}>
                    {result.problems.map((problem) => (
                      <li key={problem.row}>
                        Row {problem.row}: {problem.message}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </section>
        );
      })}
      <ErrorAlert message={error} />
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={ready.length === 0 || importing} onClick={() => void runImport()}>
          {ready.length === 0 ? 'Import' : `Import ${entryCount} ${entryCount === 1 ? 'entry' : 'entries'}`}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
