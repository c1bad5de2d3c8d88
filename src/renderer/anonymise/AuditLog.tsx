import { useLiveQuery } from 'dexie-react-hooks';
import Papa from 'papaparse';
import type { DecisionAction } from '../../core/anonymise/anonymisation-records';
import { formatLongUkDate } from '../../core/dates/format-uk-date';
import { useDatabase } from '../data/database-context';
import { useUiStore } from '../app/ui-store';
import { currentPlatform } from '../platform/current-platform';
import { listLog } from '../data/anonymisation-repository';

const actionLabels: Record<DecisionAction, string> = {
  replaced: 'Replaced',
  'replaced-everywhere': 'Replaced everywhere',
  ignored: 'Left as it is',
  allowed: 'Allowed',
  'identifier-added': 'Added to the register',
  'restricted-export': 'Restricted export, not for publication',
  'readiness-overridden': 'Readiness item overridden',
};

const when = (iso: string) => `${formatLongUkDate(iso.slice(0, 10))} ${new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;

// Every anonymisation decision with its time: the record the partnership asks for.
export function AuditLog({ caseId, reviewName }: { caseId: string; reviewName: string }) {
  const { db } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  const log = useLiveQuery(() => listLog(db, caseId), [db, caseId]);
  if (!log) return null;

  async function exportRecord() {
    const csv = Papa.unparse(
      {
        fields: ['When', 'Decision', 'Text', 'Replacement', 'Reason', 'Occurrences'],
        data: (log ?? []).map((item) => [when(item.at), actionLabels[item.action], item.text, item.replacement, item.reason, String(item.count)]),
      },
      { newline: '\r\n', escapeFormulae: true },
    );
    const name = `${reviewName.replace(/[^\p{L}\p{N}]+/gu, '-')}-anonymisation-check.csv`;
    const result = await currentPlatform.saveFile({ suggestedName: name, contents: `\uFEFF${csv}\r\n`, filters: [{ name: 'CSV', extensions: ['csv'] }] });
    if (result.saved) announce(`Anonymisation check record exported as ${result.fileName ?? name}.`);
  }

  return (
    <section aria-labelledby="audit-heading">
      <div className="toolbar">
        <h2 id="audit-heading">Decisions ({log.length})</h2>
        <button type="button" onClick={() => void exportRecord()} disabled={log.length === 0}>
          Export anonymisation check record
        </button>
      </div>
      {log.length === 0 ? (
        <p className="empty">No decisions yet.</p>
      ) : (
        <table className="register-table" aria-label="Anonymisation decisions">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Decision</th>
              <th scope="col">Text</th>
              <th scope="col">Replacement</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {log.map((item) => (
              <tr key={item.id}>
                <td>{when(item.at)}</td>
                <td>
                  {actionLabels[item.action]}
                  {item.count > 1 && ` (${item.count})`}
                </td>
                <td>{item.text}</td>
                <td>{item.replacement}</td>
                <td>{item.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
