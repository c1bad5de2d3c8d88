import { useId, useState } from 'react';
import type { ChronologyProblem } from '../../core/chronology/chronology-records';
import { chronologyFields, fieldLabels } from '../../core/chronology/column-mapping';
import { useDatabase } from '../data/database-context';
import { useUiStore } from '../app/ui-store';
import { discardProblem, fixProblem } from '../data/chronology-repository';

// Rows that could not be imported, kept with their reason for the reviewer to fix by hand.
export function ProblemRowsPanel({ problems, readOnly }: { problems: readonly ChronologyProblem[]; readOnly: boolean }) {
  if (problems.length === 0) return null;
  return (
    <section className="problem-panel" aria-labelledby="problem-rows-heading">
      <h2 id="problem-rows-heading">Rows to fix ({problems.length})</h2>
      <p className="hint">These rows were not imported. Correct them here and save, or discard them.</p>
      <ul>
        {problems.map((problem) => (
          <ProblemRowEditor key={problem.id} problem={problem} readOnly={readOnly} />
        ))}
      </ul>
    </section>
  );
}

function ProblemRowEditor({ problem, readOnly }: { problem: ChronologyProblem; readOnly: boolean }) {
  const { db } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  const id = useId();
  const [values, setValues] = useState(problem.values);
  const [error, setError] = useState<string | null>(null);
  const label = `${problem.file}, row ${problem.row}`;

  async function save() {
    try {
      await fixProblem(db, problem, values);
      announce(`${label} added to the chronology.`);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  return (
    <li className="problem-row" aria-label={label}>
      <p>
        <strong>{label}</strong> ({problem.agency}): <span className="error">{error ?? problem.message}</span>
      </p>
      <div className="problem-fields">
        {chronologyFields
          .filter((field) => field !== 'agency')
          .map((field) => (
            <div className="field" key={field}>
              <label htmlFor={`${id}-${field}`}>
                {fieldLabels[field]} ({label})
              </label>
              <input
                id={`${id}-${field}`}
                readOnly={readOnly}
                value={values[field]}
                onChange={(event) => setValues({ ...values, [field]: event.target.value })}
              />
            </div>
          ))}
      </div>
      {!readOnly && (
        <p className="row-actions">
          <button type="button" className="primary" onClick={() => void save()}>
            Save as entry
          </button>
          <button type="button" onClick={() => void discardProblem(db, problem.id)} aria-label={`Discard ${label}`}>
            Discard
          </button>
        </p>
      )}
    </li>
  );
}
